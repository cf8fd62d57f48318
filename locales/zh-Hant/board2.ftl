# 候號大廳顯示屏（新增）。
board2-error-unreachable = 無法連線到受理系統（{ $hub }）。請確認集線伺服器已開機、網路已連線，然後重新啟動顯示屏。
board2-last-update = { $time } 時的資訊
