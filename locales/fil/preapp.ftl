# QR ng paunang aplikasyon (preapp)

preapp-error-not-ours = Ang QR code na ito ay hindi QR code ng paunang aplikasyon.
preapp-error-newer-version = Ginawa ang QR code na ito sa mas bagong anyo (bersiyon { $found }). Hanggang bersiyon { $supported } lang ang nababasa ng device na ito. Pakisabihan ang kawani.
preapp-error-expired = Lumipas na ang bisa ng QR code na ito ({ $date }). Pakigawa ulit.
preapp-error-wrong-key = Ginawa ang QR code na ito para sa ibang tanggapan. Hindi ito mababasa rito.
preapp-error-no-key = Walang susi ang device na ito para mabasa ang naka-encrypt na QR code. Pakisabihan ang kawani.
preapp-error-corrupted = Hindi nabasa nang tama ang QR code (sira ang data). Palakasin ang liwanag ng screen at itapat ulit.
preapp-error-missing-parts = Nabasa ang { $read } sa { $total } na QR code. Pakitapat din ang natitira.
preapp-error-too-large = Masyadong malaki ang data ng QR code.
preapp-error-plain-not-accepted = Hindi tumatanggap ang counter na ito ng QR code na hindi naka-encrypt.
preapp-error-invalid-form = May mali sa data ng aplikasyon ({ $path }).

preapp-progress = Nabasa ang { $read } sa { $total } na QR code.
preapp-keygen-done = Nagawa na ang susi ng tanggapan. Pribadong susi: { $secret } Pampublikong susi: { $public }
preapp-keygen-exists = Mayroon nang file ng susi: { $path } (hindi pinatungan)
preapp-cli-key-unreadable = Hindi mabasa ang file ng susi: { $path }
preapp-cli-input-unreadable = Hindi mabasa ang input file: { $path } ({ $reason })
preapp-cli-image-unreadable = Hindi mabasa ang larawan: { $path }
preapp-cli-no-code = Walang QR code na nakita sa larawan: { $path }
preapp-cli-write-failed = Hindi maisulat ang file: { $path } ({ $reason })
preapp-cli-bad-days = Ang bisa ay dapat mula 1 hanggang { $max } araw.
preapp-config-nothing-accepted = Walang file ng susi (key_file) at hindi rin tinatanggap ang QR code na hindi naka-encrypt, kaya walang paunang aplikasyong QR na mababasa.
preapp-config-empty-key-file = Walang laman ang path ng file ng susi (key_file).
