## The hub's HTTPS, connection limits, the certificate devices trust (hub, sync)

hub-config-error-tls-pair = To use the ward's own certificate, give both cert_chain and key in [tls]
hub-config-error-tls-name = The name "{ $value }" cannot go into a certificate: write a host name or an IP address
hub-tls-error-files = Cannot use the certificate file { $path }: { $reason }
hub-tls-error-certificate = Cannot prepare the certificate: { $reason }
hub-tls-error-empty-chain = { $path } holds no certificate
hub-error-plain-on-lan = { $addr } can be reached from the LAN, so the hub does not start with unencrypted HTTP. Set [tls] mode to "auto" or "on"; only if there is no other way, set insecure = true (or --insecure)
hub-error-timeout = The request was not received or handled in time
hub-cli-insecure-warning = Warning: unencrypted HTTP on { $addr } (insecure). Names, addresses and tokens cross the network in clear
hub-cli-enroll-fingerprint = Fingerprint (SHA-256) of the hub's CA certificate: { $fingerprint }. Devices trust this certificate only. When typing by hand, type the whole line under the QR code.
hub-sync-untrusted = The hub's certificate is not the one it had at enrollment, so the connection was refused. Ask the staff in charge of the setup
hub-sync-ca-mismatch = The fingerprint of the hub's CA certificate does not match the enrollment code, so enrollment was stopped
hub-sync-no-fingerprint = Enrolling with an HTTPS hub needs the fingerprint of its CA certificate: scan the QR code, or type the whole line under it
hub-sync-ca-file = Cannot read the saved hub certificate { $file }. Enroll this device again
