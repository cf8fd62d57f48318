## Waiting status page (for phones)

status-title = { $office }: waiting status
status-heading = Waiting status
status-updated = As of { $time } (updates automatically)
status-now-calling = Now calling
status-none-calling = None
status-waiting = { $count ->
    [one] { $count } person waiting
   *[other] { $count } people waiting
}
status-estimated-wait = Estimated wait: about { $minutes } min
status-counter = Counter { $counter }
status-language = Language
status-no-personal-data = This page shows no personal information.
