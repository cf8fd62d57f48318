# Pre-application QR (preapp)

preapp-error-not-ours = This QR code is not a pre-application QR code.
preapp-error-newer-version = This QR code uses a newer format (version { $found }). This device reads up to version { $supported }. Please ask a staff member.
preapp-error-expired = This QR code expired on { $date }. Please make a new one.
preapp-error-wrong-key = This QR code was made for another city office and cannot be read here.
preapp-error-no-key = This device has no key for reading encrypted QR codes. Please ask a staff member.
preapp-error-corrupted = The QR code could not be read correctly (the data is damaged). Make the screen brighter and try again.
preapp-error-missing-parts = { $read } of { $total } QR codes read. Please show the remaining ones.
preapp-error-too-large = The QR code holds too much data.
preapp-error-plain-not-accepted = This office does not accept unencrypted QR codes.
preapp-error-invalid-form = The application data is not valid ({ $path }).

preapp-progress = { $read } of { $total } QR codes read.
preapp-keygen-done = Office key pair created. Private key: { $secret } Public key: { $public }
preapp-keygen-exists = A key file already exists: { $path } (not overwritten)
preapp-cli-key-unreadable = Cannot read the key file: { $path }
preapp-cli-input-unreadable = Cannot read the input file: { $path } ({ $reason })
preapp-cli-image-unreadable = Cannot read the image: { $path }
preapp-cli-no-code = No QR code found in the image: { $path }
preapp-cli-write-failed = Cannot write the file: { $path } ({ $reason })
preapp-cli-bad-days = The validity must be between 1 and { $max } days.
preapp-config-nothing-accepted = With no key file (key_file) and unencrypted QR codes refused, no pre-application QR code can be read.
preapp-config-empty-key-file = The key file path (key_file) is empty.
