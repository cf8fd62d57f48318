config-error-unreadable = 設定ファイルを読めません: { $reason }
config-error-syntax = 設定ファイルの書き方に誤りがあります: { $reason }
