## HTTPS ng hub, mga limitasyon sa koneksyon, ang certificate na pinagkakatiwalaan ng mga device (hub, sync)

hub-config-error-tls-pair = Para gamitin ang sariling certificate ng ward, isulat ang cert_chain at ang key sa [tls]
hub-config-error-tls-name = Hindi mailalagay sa certificate ang pangalang "{ $value }": magsulat ng host name o IP address
hub-tls-error-files = Hindi magamit ang certificate file na { $path }: { $reason }
hub-tls-error-certificate = Hindi maihanda ang certificate: { $reason }
hub-tls-error-empty-chain = Walang certificate sa { $path }
hub-error-plain-on-lan = Naaabot ang { $addr } mula sa LAN, kaya hindi magsisimula ang hub gamit ang HTTP na walang encryption. Itakda ang [tls] mode sa "auto" o "on"; kung wala talagang ibang paraan, itakda ang insecure = true (o --insecure)
hub-error-timeout = Hindi natanggap o naproseso ang request sa takdang oras
hub-cli-insecure-warning = Babala: HTTP na walang encryption sa { $addr } (insecure). Dumaraan nang hayag sa network ang mga pangalan, address at token
hub-cli-enroll-fingerprint = Fingerprint (SHA-256) ng CA certificate ng hub: { $fingerprint }. Ang certificate na ito lang ang pinagkakatiwalaan ng mga device. Kapag mano-manong tina-type, i-type ang buong linya sa ilalim ng QR code.
hub-sync-untrusted = Iba ang certificate ng hub sa certificate noong nagparehistro, kaya tinanggihan ang koneksyon. Magtanong sa staff na namamahala ng setup
hub-sync-ca-mismatch = Hindi tugma ang fingerprint ng CA certificate ng hub sa enrollment code, kaya itinigil ang pagpaparehistro
hub-sync-no-fingerprint = Kailangan ang fingerprint ng CA certificate para magparehistro sa HTTPS na hub: i-scan ang QR code o i-type ang buong linya sa ilalim nito
hub-sync-ca-file = Hindi mabasa ang naka-save na certificate ng hub na { $file }. Iparehistro muli ang device na ito
