## Waiting pages (for phones, published outside the office): ticket.html (your own ticket) and index.html (the ward's congestion)

wait-ticket-title = Your number
wait-ward-title = Counter congestion
wait-language = Language
wait-loading = Loading…
wait-your-number = Your number
wait-ahead = { $count ->
    [0] Nobody is ahead of you
    [one] { $count } person ahead of you
   *[other] { $count } people ahead of you
}
wait-estimated = Estimated wait: about { $minutes } min
wait-soon = You will be called soon. Please come back near the counter.
wait-called = You are being called
wait-counter = Counter { $counter }
wait-done = This number has been served. Thank you for your visit.
wait-unknown = This number cannot be found. It has expired or the address is wrong.
wait-unreachable = The information cannot be loaded. Trying again automatically.
wait-stale = Updated at { $time }. Updates have stopped, so the situation may have changed.
wait-old = Old information
wait-live = Updating automatically
wait-alerts-ask = Tell me when it is near
wait-alerts-on = You will be told when it is near (while this page is open).
wait-alerts-off = Notifications are not allowed. This screen will tell you.
wait-notify-soon = { $number }: you will be called soon ({ $count } ahead of you)
wait-notify-called = { $number }: please go to counter { $counter }
wait-no-personal-data = This page shows no personal information.
wait-waiting = { $count ->
    [one] { $count } person waiting
   *[other] { $count } people waiting
}
wait-called-recent = Recently called
wait-called-none = None yet
wait-open-data = The same numbers are published as open data (JSON), free for anyone to use. They hold no personal information:
wait-ward-empty = There is no office to show.
