# Panel ng pasilidad (setting ng kiosk, pagpapatala, pagsuri ng device) at ang camera ng screen ng pag-scan.

## Pag-save ng setting
kiosk-admin-saved = Na-save sa { $path }
kiosk-admin-save-failed = Hindi na-save (hindi nagbago ang lumang file): { $path }: { $reason }
kiosk-admin-refused = Pakitama ang "{ $key }": { $reason }

## Kiosk at hub
kiosk-admin-hub = Address ng hub
kiosk-admin-enrollment = Pagpapatala sa hub
kiosk-admin-enrolled = Nakatala na ang kiosk na ito
kiosk-admin-not-enrolled = Hindi pa nakatala ang kiosk na ito
kiosk-admin-enroll-hint = Itapat sa scanner o camera ang QR ng pagpapatala na ipinapakita ng hub, o i-type ang code ng pagpapatala
kiosk-admin-enroll = Itala
kiosk-admin-enrolling = Itinatala…
kiosk-admin-enrolled-as = Naitala sa { $hub } bilang "{ $name }" (gagamitin pagkatapos mag-restart)
kiosk-admin-enroll-no-data-dir = Hindi maitala: hindi alam ang folder ng data (simulan ang kiosk na may --data-dir)

## Mga inaalok
kiosk-admin-default-language = Wika ng unang screen
kiosk-admin-bundles = Mga grupo ng proseso (mga pangyayari sa buhay)
kiosk-admin-procedures = Mga hiwalay na proseso

## Mga device
kiosk-admin-camera = Camera
kiosk-admin-camera-auto = Awtomatiko
kiosk-admin-camera-none = Wala
kiosk-admin-camera-none-found = Walang nakitang camera
kiosk-admin-camera-found = Mga nakitang camera: { $count }
kiosk-admin-camera-showing = Larawan mula sa { $device } ({ $frames } ang natanggap)
kiosk-admin-camera-test = Subukan ang camera na ito
kiosk-admin-scanner-test = Pagsubok sa scanner (huling nabasang teksto)
kiosk-admin-scanner-nothing = Wala pang nabasa. Itapat ang QR code sa scanner.

## Sync
kiosk-admin-sync = Outbox at sync sa hub
kiosk-admin-sync-none = Hindi nagsi-sync sa hub ang kiosk na ito
kiosk-admin-sync-never = wala pa
kiosk-admin-sync-online = Nakakonekta sa hub
kiosk-admin-sync-offline = Hindi maabot ang hub
kiosk-admin-sync-pending = Naghihintay maipadala: { $records } aplikasyon, { $tickets } numero
kiosk-admin-sync-last = Huling sync: { $time }
kiosk-admin-sync-refused = Mga aplikasyong tinanggihan ng hub: { $count }
kiosk-admin-quit = Isara ang programa ng kiosk

## Camera ng screen ng pag-scan
kiosk-scan-camera-guidance = Itapat ang QR code sa inyong telepono sa camera o sa scanner sa ibaba. Hindi ninyo kailangang mag-type.
kiosk-scan-no-camera = Walang camera. Pakitapat ang QR code sa scanner.
kiosk-scan-camera-lost = Natanggal ang camera. Gumagana pa rin ang scanner.
kiosk-scan-camera-starting = Inihahanda ang camera…
