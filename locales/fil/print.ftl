# Printer ng tiket ng numero (resibo): kiosk, panel ng pasilidad, `madoguchi print slip`.

## Kalagayan at mga error ng printer
print-error-uri = Hindi mabasa ang address ng printer na "{ $uri }" (tcp://HOST:9100 o usb:/dev/usb/lp0)
print-error-connect = Hindi maabot ang printer na { $printer }: { $reason }
print-error-write = Hindi maipadala ang datos sa printer na { $printer }: { $reason }
print-error-reply = Ang sagot ng printer ay hindi isang ESC/POS na kalagayan
print-error-interrupted = Huminto ang pag-print bago naipadala ang tiket
print-state-online = Handang mag-print
print-state-paper-near-end = Handang mag-print (paubos na ang papel)
print-state-paper-out = Wala nang papel
print-state-cover-open = Bukas ang takip
print-state-offline = Offline ang printer
print-state-error = May iniulat na error ang printer
print-state-unknown = Naipadala (hindi nag-uulat ng kalagayan ang printer)

## Ang tiket
print-slip-number = Ang numero mo
print-slip-issued = Ibinigay { $time }
print-slip-resident-line = Mangyaring maghintay hanggang tawagin ang numero mo. I-scan ang QR code para makita ang pila.
print-slip-sample-office = Madoguchi Ward Office (halimbawa)
print-staff-call-note = Printer ng tiket: { $problem }

## madoguchi print slip
print-cli-lang = Walang wikang "{ $lang }" (ja, en, zh-Hans, …)
print-cli-written = Naisulat ang larawan ng tiket: { $file }
print-cli-printed = Na-print ang halimbawang tiket sa { $printer } ({ $state })

## [printer] sa kiosk.toml
config-kiosk-printer-uri = Ang uri ng printer na "{ $uri }" ay dapat tcp://HOST:9100 o usb:/dev/usb/lp0
config-kiosk-printer-paper = Ang lapad ng papel na paper_mm ay dapat 58 o 80 ({ $paper })

## Panel ng pasilidad
kiosk-admin-printer = Printer ng tiket
kiosk-admin-printer-none = Hindi pa naka-set up ([printer] sa kiosk.toml)
kiosk-admin-printer-busy = Tinatanong ang printer…
kiosk-admin-printer-unchecked = Hindi pa nasusuri
kiosk-admin-printer-test = Subukang mag-print

## Kapag walang lumabas na tiket (para sa residente)
kiosk-ticket-slip-paper-out = Wala nang papel ang printer: pakikuhanan ng litrato ang numero mo sa screen. Naabisuhan na ang kawani.
kiosk-ticket-slip-cover-open = Bukas ang takip ng printer: pakikuhanan ng litrato ang numero mo sa screen. Naabisuhan na ang kawani.
kiosk-ticket-slip-failed = Hindi ma-print ang tiket mo: pakikuhanan ng litrato ang numero mo sa screen. Naabisuhan na ang kawani.
