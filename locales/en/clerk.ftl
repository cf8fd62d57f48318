# Clerk console.
clerk-title = Counter console
clerk-bar-who = Counter { $counter } · clerk { $clerk }
clerk-online = Connected to the hub
clerk-offline = Reconnecting to the hub…
clerk-logout = Log out

## Log-in
clerk-login-heading = Log in
clerk-login-id = Clerk ID
clerk-login-pin = PIN
clerk-login-counter = Counter
clerk-login-services = Services called at this counter
clerk-login-submit = Log in
clerk-login-pending = Checking…
clerk-login-missing = Enter your clerk ID and PIN
clerk-login-no-counter = Enter the counter number
clerk-login-no-service = Choose at least one service
clerk-login-no-hub = The list of services has not arrived from the hub. Check the connection

## Calling
clerk-no-current = No number being served
clerk-call-next = Call next
clerk-recall = Recall
clerk-no-show = No-show
clerk-finish = Finish
clerk-transfer = Transfer
clerk-walk-in = Walk-in
clerk-pick-transfer = Transfer to which service? (number keys)
clerk-pick-walk-in = Issue a number for which service? (number keys)
clerk-cancel = Cancel
clerk-recalls = { $count ->
    [one] Recalled once
   *[other] Recalled { $count } times
}
clerk-state-waiting = Waiting
clerk-state-called = Called
clerk-state-serving = Serving
clerk-state-done = Done
clerk-state-no_show = No-show
clerk-state-transferred = Transferred
clerk-queue-heading = Queue
clerk-queue-count = { $count } waiting
clerk-queue-more = { $count } more
clerk-waited = waiting { $minutes } min
clerk-origin-walk-in = walk-in
clerk-search-placeholder = Search by number (A-012) or kana

## Application
clerk-no-record = No application came with this number. Take it down at the counter.
clerk-preapp-encrypted = QR (encrypted)
clerk-preapp-plain = QR
clerk-preapp-none = Entered at the kiosk
clerk-status-received = To check
clerk-status-confirmed = Confirmed
clerk-status-rejected = Rejected
clerk-record-lang = Resident's language: { $lang }
clerk-record-clean = { $warnings ->
    [0] No problems
    [one] No problems ({ $warnings } note)
   *[other] No problems ({ $warnings } notes)
}
clerk-record-problems = { $count } to check
clerk-record-other-fields = Other fields
clerk-source-qr = QR
clerk-source-kiosk = Kiosk
clerk-source-postal = Postal code data
clerk-source-card = My Number Card
clerk-source-clerk = Clerk edit
clerk-value-empty = (blank)
clerk-edit = Edit
clerk-save = Save
clerk-confirm = Confirm
clerk-confirm-anyway = Confirm despite problems
clerk-reject = Reject
clerk-reject-placeholder = Reason for rejecting
clerk-reject-send = Reject
clerk-rejected-because = Rejected: { $reason }
clerk-keys-hint = F1 call · E edit · Esc cancel

## Notices
clerk-notice-called = Called { $number }
clerk-notice-nobody = Nobody is waiting
clerk-notice-numbers-low = Service { $service } is running out of numbers today ({ $left } left)
clerk-notice-finish-first = Finish { $number } first
clerk-notice-recalled = Recalled { $number }
clerk-notice-started = Started serving { $number }
clerk-notice-done = Finished { $number }
clerk-notice-no-show = Marked { $number } as no-show
clerk-notice-transferred = Transferred { $number } to service { $service }
clerk-notice-walk-in = Issued number { $number }
clerk-notice-confirmed = Confirmed the application of { $number }
clerk-notice-rejected = Rejected the application of { $number }
clerk-notice-edited = Change saved (it is logged)
clerk-notice-has-problems = { $count ->
    [one] { $count } field needs checking. Fix it, or press Ctrl+Enter to confirm anyway
   *[other] { $count } fields need checking. Fix them, or press Ctrl+Enter to confirm anyway
}
clerk-notice-reason-needed = Enter a reason for rejecting
clerk-notice-not-found = Nothing found
clerk-error-closed = This application is closed and cannot be changed
clerk-error-no-token = This station is not enrolled. Pass an enrollment code with --enroll (token file: { $file })
clerk-error-token-file = Cannot save the device token: { $reason }
clerk-session-expired = Your session has ended. Please log in again
