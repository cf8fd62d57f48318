# The resident kiosk. Japanese (locales/ja/kiosk.ftl) is the source.

## Welcome
kiosk-welcome-heading = Welcome
kiosk-welcome-attract = This is the no-writing counter. Touch the screen to take a queue number or prepare your application.
kiosk-welcome-start = Start
kiosk-welcome-choose-language = Choose your language

## Top bar
kiosk-bar-home = Start over
kiosk-bar-language = Language / 言語
kiosk-bar-large-text = Larger text
kiosk-bar-normal-text = Normal text
kiosk-bar-high-contrast = High contrast
kiosk-bar-normal-contrast = Normal colours
kiosk-language-heading = Choose your language

## What do you need
kiosk-choose-heading = What would you like to do?
kiosk-choose-qr = I have a QR code
kiosk-choose-qr-hint = Scan the QR code of the application you made on your phone
kiosk-choose-make = Make my application here
kiosk-choose-make-hint = Answer a few questions; no writing needed
kiosk-choose-number = Just a number
kiosk-choose-number-hint = Do the procedure with a staff member at the counter
kiosk-choose-staff = Call a staff member
kiosk-choose-staff-hint = A staff member will come to you
kiosk-services-heading = Which counter is your number for?
kiosk-issuing = Issuing your number…


## Ticket
kiosk-ticket-heading = Your number
kiosk-ticket-ahead = { $count ->
    [0] No one is waiting ahead of you
    [one] { $count } person is waiting ahead of you
   *[other] { $count } people are waiting ahead of you
}
kiosk-ticket-wait = Estimated wait: about { $minutes } min
kiosk-ticket-qr-hint = Scan with your phone to follow the calls
kiosk-ticket-returning = Back to the start in { $seconds } s
kiosk-ticket-done = Done

## Idle
kiosk-idle-warning = No activity: back to the start in { $seconds } s. What you entered will be erased.
kiosk-idle-continue = Continue

## Notices
kiosk-notice-ok = Back to the start
kiosk-staff-called-heading = A staff member is on the way
kiosk-staff-called-body = Please wait here. Someone will come to help you.
kiosk-error-heading = Something went wrong
kiosk-error-unreachable = The queue system cannot be reached. Please ask a staff member nearby.
kiosk-error-unknown-service = This counter is not taking numbers right now.

## Facilities (staff)
kiosk-admin-pin-heading = Enter the facilities PIN
kiosk-admin-pin-wrong = Wrong PIN
kiosk-admin-pin-locked = Too many wrong PINs: try again in { $seconds } s
kiosk-admin-pin-not-configured = No PIN is configured ([admin] pin_hash in kiosk.toml)
kiosk-admin-pin-checking = Checking…
kiosk-admin-ok = OK
kiosk-admin-cancel = Close
kiosk-keypad-clear = Clear
kiosk-keypad-backspace = Delete
kiosk-admin-panel-heading = Facilities
kiosk-admin-name = Kiosk name
kiosk-admin-idle-timeout = Seconds without activity before returning to the start
kiosk-admin-languages = Languages offered
kiosk-admin-apply = Apply
kiosk-admin-applied = Applied (until this kiosk restarts)
kiosk-admin-close = Close

kiosk-cli-pin-invalid = The PIN must be at least 4 digits

## Counters (when the hub has not sent their names)
kiosk-service-prefix = Counter { $prefix }

## When the hub cannot be reached
kiosk-offline-banner = Not connected to the office system. Numbers are still issued here, and applications are saved and sent once the connection is back.

## Reading the QR code
kiosk-scan-heading = Scan your QR code
kiosk-scan-guidance = Hold the QR code on your phone's screen over the reader below. You do not need to type anything.
kiosk-scan-next-part = Now hold up the next QR code (any order)
kiosk-scan-back = Back
kiosk-scan-file = Read the sample QR code
kiosk-scan-no-code = No QR code was found. Please hold it up again.

## Checking the application
kiosk-review-heading = Please check your application
kiosk-review-unknown-procedure = This office does not handle the procedure "{ $id }" in this QR code. Please ask a member of staff.
kiosk-review-fix-marked = Please choose again for the marked items
kiosk-review-staff-will-check = A member of staff will check the marked items with you at the counter
kiosk-review-back = Back to scanning
kiosk-review-confirm = Apply and get a number
kiosk-review-empty = (not filled in)
kiosk-review-change = Change
kiosk-review-done = Done
kiosk-review-fee = Fee: { $yen } yen
kiosk-review-bring = Please bring:
