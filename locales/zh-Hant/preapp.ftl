# 事前申請 QR Code（preapp）

preapp-error-not-ours = 這個 QR Code 不是事前申請的 QR Code。
preapp-error-newer-version = 這個 QR Code 使用較新的格式（第 { $found } 版）製作。本機最多只能讀取到第 { $supported } 版。請洽詢工作人員。
preapp-error-expired = 這個 QR Code 已超過有效期限（{ $date }）。請重新製作。
preapp-error-wrong-key = 這個 QR Code 是為其他公所製作的，本櫃檯無法讀取。
preapp-error-no-key = 本機尚未設定讀取加密 QR Code 所需的金鑰。請洽詢工作人員。
preapp-error-corrupted = 無法正確讀取 QR Code（資料已損毀）。請將手機螢幕調亮，再掃描一次。
preapp-error-missing-parts = 共 { $total } 張，已讀取 { $read } 張。請繼續掃描其餘的 QR Code。
preapp-error-too-large = QR Code 的資料量過大。
preapp-error-plain-not-accepted = 本櫃檯不受理未加密的 QR Code。
preapp-error-invalid-form = 申請資料有誤（{ $path }）。

preapp-progress = 共 { $total } 張，已讀取 { $read } 張。
preapp-keygen-done = 已建立櫃檯金鑰。私鑰：{ $secret } 公鑰：{ $public }
preapp-keygen-exists = 金鑰檔案已存在：{ $path }（不會覆寫）
preapp-cli-key-unreadable = 無法讀取金鑰檔案：{ $path }
preapp-cli-input-unreadable = 無法讀取輸入檔案：{ $path }（{ $reason }）
preapp-cli-image-unreadable = 無法讀取圖片：{ $path }
preapp-cli-no-code = 圖片中找不到 QR Code：{ $path }
preapp-cli-write-failed = 無法寫入檔案：{ $path }（{ $reason }）
preapp-cli-bad-days = 有效天數必須介於1天到{ $max }天之間。
preapp-config-nothing-accepted = 由於沒有金鑰檔案（key_file），且設定為不受理未加密的 QR Code，因此無法讀取任何事前申請 QR Code。
preapp-config-empty-key-file = 金鑰檔案（key_file）的路徑是空的。
