# Facilities panel (kiosk settings, enrollment, device checks) and the scan screen's camera.

## Saving settings
kiosk-admin-saved = Saved to { $path }
kiosk-admin-save-failed = Not saved (the old file is unchanged): { $path }: { $reason }
kiosk-admin-refused = Please correct “{ $key }”: { $reason }

## Kiosk and hub
kiosk-admin-hub = Hub address
kiosk-admin-enrollment = Enrollment with the hub
kiosk-admin-enrolled = This kiosk is enrolled
kiosk-admin-not-enrolled = This kiosk is not enrolled yet
kiosk-admin-enroll-hint = Hold the enrollment QR shown by the hub to the scanner or camera, or type the enrollment code
kiosk-admin-enroll = Enroll
kiosk-admin-enrolling = Enrolling…
kiosk-admin-enrolled-as = Enrolled at { $hub } as “{ $name }” (used after a restart)
kiosk-admin-enroll-no-data-dir = Cannot enroll: the data folder is unknown (start the kiosk with --data-dir)

## What is offered
kiosk-admin-default-language = Start screen language
kiosk-admin-bundles = Life-event bundles
kiosk-admin-procedures = Single procedures

## Devices
kiosk-admin-camera = Camera
kiosk-admin-camera-auto = Automatic
kiosk-admin-camera-none = None
kiosk-admin-camera-none-found = No camera found
kiosk-admin-camera-found = Cameras found: { $count }
kiosk-admin-camera-showing = Pictures from { $device } ({ $frames } received)
kiosk-admin-camera-test = Test this camera
kiosk-admin-scanner-test = Scanner test (last text read)
kiosk-admin-scanner-nothing = Nothing read yet. Hold a QR code to the scanner.

## Sync
kiosk-admin-sync = Outbox and hub sync
kiosk-admin-sync-none = This kiosk does not sync with a hub
kiosk-admin-sync-never = not yet
kiosk-admin-sync-online = Connected to the hub
kiosk-admin-sync-offline = Hub not reachable
kiosk-admin-sync-pending = Waiting to be sent: applications { $records }, numbers { $tickets }
kiosk-admin-sync-last = Last sync: { $time }
kiosk-admin-sync-refused = Applications the hub refused: { $count }
kiosk-admin-quit = Quit the kiosk program

## Scan screen camera
kiosk-scan-camera-guidance = Hold the QR code on your phone to the camera or to the scanner below. You do not need to type anything.
kiosk-scan-no-camera = There is no camera. Please hold your QR code to the scanner.
kiosk-scan-camera-lost = The camera was disconnected. The scanner still works.
kiosk-scan-camera-starting = Starting the camera…
