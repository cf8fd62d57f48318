# The ticket slip (receipt) printer: kiosk, facilities panel, `madoguchi print slip`.

## Printer states and errors
print-error-uri = Not a printer address: "{ $uri }" (tcp://HOST:9100 or usb:/dev/usb/lp0)
print-error-connect = Cannot reach the printer { $printer }: { $reason }
print-error-write = Could not send to the printer { $printer }: { $reason }
print-error-reply = The printer's answer is not an ESC/POS status
print-error-interrupted = Printing stopped before the slip was sent
print-state-online = Ready to print
print-state-paper-near-end = Ready to print (the paper is running low)
print-state-paper-out = Out of paper
print-state-cover-open = The cover is open
print-state-offline = The printer is offline
print-state-error = The printer reports an error
print-state-unknown = Sent (the printer does not report its status)

## The slip
print-slip-number = Your number
print-slip-issued = Issued { $time }
print-slip-resident-line = Please wait until your number is called. Scan the QR code to see the queue.
print-slip-sample-office = Madoguchi Ward Office (sample)
print-staff-call-note = Slip printer: { $problem }

## madoguchi print slip
print-cli-lang = There is no language "{ $lang }" (ja, en, zh-Hans, …)
print-cli-written = Slip image written: { $file }
print-cli-printed = Sample slip printed on { $printer } ({ $state })

## [printer] in kiosk.toml
config-kiosk-printer-uri = The printer uri "{ $uri }" must be tcp://HOST:9100 or usb:/dev/usb/lp0
config-kiosk-printer-paper = The paper width paper_mm must be 58 or 80 ({ $paper })

## Facilities panel
kiosk-admin-printer = Slip printer
kiosk-admin-printer-none = Not set up ([printer] in kiosk.toml)
kiosk-admin-printer-busy = Asking the printer…
kiosk-admin-printer-unchecked = Not checked yet
kiosk-admin-printer-test = Test print

## When no slip came out (for the resident)
kiosk-ticket-slip-paper-out = The printer is out of paper: please take a photo of your number. Staff have been told.
kiosk-ticket-slip-cover-open = The printer's cover is open: please take a photo of your number. Staff have been told.
kiosk-ticket-slip-failed = Your slip could not be printed: please take a photo of your number. Staff have been told.
