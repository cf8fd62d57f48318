## Hub: service names, errors, CLI

hub-service-certificates = Certificates
hub-service-moving = Moving in / out
hub-service-tax = Taxes
hub-service-insurance-pension = Insurance and pension

hub-config-error-listen = The listen address "{ $value }" must look like "127.0.0.1:8750"
hub-config-error-empty = The value is empty
hub-config-error-timezone = The time zone "{ $value }" is unknown (example: Asia/Tokyo)
hub-config-error-range = The value must be between { $min } and { $max }
hub-config-error-no-services = There are no counter services
hub-config-error-prefix = The number prefix "{ $value }" must be one uppercase letter
hub-config-error-office-id = The office id "{ $value }" may only use lowercase letters, digits and hyphens
hub-config-error-duplicate-prefix = The number prefix "{ $value }" is used twice
hub-config-error-counter = A counter name must be 1 to 16 characters

hub-error-database = A database operation failed: { $reason }
hub-error-schema-too-new = The database version ({ $found }) is newer than this program ({ $known })
hub-error-data-dir = Cannot create the data folder: { $reason }
hub-error-not-found = { $what } { $id } was not found
hub-error-unknown-service = There is no service "{ $service }"
hub-error-unknown-counter = There is no counter "{ $counter }"
hub-error-no-services-for-counter = Counter "{ $counter }" serves no service
hub-error-numbers-exhausted = All numbers of today have been used
hub-error-no-room-for-lease = No block of numbers is left to lend
hub-error-bad-transition = This visit is "{ $state }", so "{ $action }" is not possible
hub-error-counter-busy = This counter is serving { $number }. Finish it or mark it absent before calling the next one
hub-error-same-service = A visit cannot be transferred to the service it is in
hub-error-device-name = A device name must be 1 to 64 characters
hub-error-enroll-code = The enrollment code is wrong, expired or already used
hub-error-clerk-id = A clerk ID may use letters, digits, "-" and "_", up to 32 characters
hub-error-pin = The PIN must be 4 to 12 digits
hub-error-login = Wrong clerk ID or PIN
hub-error-login-locked = { $minutes ->
    [one] Too many failed attempts: try again in { $minutes } minute
   *[other] Too many failed attempts: try again in { $minutes } minutes
}
hub-error-bad-number = The number "{ $number }" is not valid
hub-error-not-leased = Number { $number } was not lent to this device
hub-error-lease-day = Numbers can only be lent for today or tomorrow
hub-error-record-procedures = The procedures are not valid
hub-error-record-fields = Too many fields (at most { $max })
hub-error-record-field-name = The field name "{ $field }" is not valid
hub-error-record-field-size = The value of field "{ $field }" is too long
hub-error-record-source = The source of field "{ $field }" is not valid
hub-error-record-my-number = Individual numbers (My Number) are never stored (field "{ $field }")
hub-error-record-lang = The language "{ $lang }" is not supported
hub-error-record-unknown-procedure = The procedure "{ $procedure }" is not in this office's catalogue
hub-error-record-unknown-field = The field "{ $field }" is not in this office's catalogue
hub-error-record-control-characters = The field "{ $field }" contains control characters or text-direction marks
hub-error-lease-limit = This device already holds { $outstanding } unused lent numbers of { $service } (at most { $max })
hub-error-audit-key = Cannot read or write the audit key file { $path }: { $reason }
hub-error-plain-refused = This office does not accept unencrypted pre-applications
hub-error-record-closed = This application has already been confirmed or rejected
hub-error-reject-reason = Give a reason for the rejection, 1 to 500 characters
hub-error-batch-too-large = At most { $max } items can be sent at once
hub-error-unauthorized = Authentication is required (device token or clerk login)
hub-error-forbidden = This device or clerk may not do this
hub-error-body-too-large = The request body is too large (at most { $max } bytes)
hub-error-not-found-route = There is no such API
hub-error-internal = An internal error occurred in the hub
hub-error-query = Give either number or kana to search

hub-cli-enroll-code = Enrollment code for device "{ $name }" ({ $role }): { $code }
hub-cli-enroll-hint = { $hours ->
    [one] Scan this QR code at the kiosk or type the code. It is valid for { $hours } hour and works once.
   *[other] Scan this QR code at the kiosk or type the code. It is valid for { $hours } hours and works once.
}
hub-cli-clerk-added = Clerk "{ $id }" was saved
hub-cli-audit-intact = { $entries ->
    [one] The audit log is intact ({ $entries } entry, last hash { $head })
   *[other] The audit log is intact ({ $entries } entries, last hash { $head })
}
hub-cli-audit-broken = Entry { $seq } of the audit log has been tampered with
hub-cli-config-problems = The configuration file has problems:

hub-sync-offline = Cannot reach the hub. Applications are kept on this device and sent when it is back
hub-sync-no-lease = Cannot reach the hub, and this device has no lent numbers left
hub-config-error-name-key = The service name key "{ $value }" is not in the translations (locales/ja/hub.ftl)
hub-cli-revoked = Device { $id } was revoked
hub-error-postal-unavailable = This hub has no postal code data; type the address by hand
hub-error-login-station-locked = { $minutes ->
    [one] Too many failed attempts at this station: try again in { $minutes } minute
   *[other] Too many failed attempts at this station: try again in { $minutes } minutes
}
hub-error-enroll-throttled = { $minutes ->
    [one] Too many wrong enrollment codes: try again in { $minutes } minute
   *[other] Too many wrong enrollment codes: try again in { $minutes } minutes
}
hub-error-repeated-service = The service "{ $service }" is given more than once
hub-error-record-other-ticket = Number { $number } was issued by another device, so this device cannot send an application for it
hub-cli-pin-prompt = PIN (4 to 12 digits):
hub-cli-clerk-disabled = Clerk "{ $id }" was disabled (their open sessions were ended)
