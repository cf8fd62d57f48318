# 讀取個人編號卡 (src/card)
card-error-no-reader = 找不到讀卡機。請確認連接以及 pcscd 是否在執行
card-error-reader-unplugged = 讀卡機已被拔除
card-error-no-card = 讀卡機上沒有卡片
card-error-card-removed = 讀取途中卡片離開了讀卡機。請重新放置
card-error-not-my-number-card = 這不是個人編號卡（マイナンバーカード）
card-error-wrong-pin = 密碼錯誤。再錯 { $tries } 次將被鎖定
card-error-pin-blocked = 密碼已被鎖定。請到櫃檯辦理解鎖
card-error-timeout = 讀卡機沒有回應
card-error-malformed = 無法讀取卡片上的資訊
card-error-pin-format = 密碼為 4 位數字
card-error-unexpected = 卡片傳回了非預期的回應（{ $status }）
card-error-reader = 讀卡機錯誤：{ $detail }

# The kiosk's card screen (src/ui/kiosk/card.rs)
card-use = 用個人編號卡填寫
card-cancel = 取消
card-place-heading = 請放上個人編號卡
card-place-body = 請將卡片一直放在讀卡機上。只讀取姓名、地址、出生日期和性別，不讀取個人編號（マイナンバー）
card-pin-heading = 請輸入密碼（4 位數字）
card-pin-tries = 還可以輸入 { $tries } 次
card-pin-read = 讀取
card-reading = 正在讀取，請不要移動卡片
card-counter-heading = 請到櫃檯辦理
card-counter-last-try = 再輸錯 1 次密碼將被鎖定。請不要在這裡輸入，請向櫃檯的工作人員洽詢
card-counter-blocked = 密碼已被鎖定。可以在櫃檯辦理解鎖
card-failed-heading = 無法讀取卡片
card-retry = 再試一次
