config-error-unreadable = 設定ファイルを読めません: { $reason }
config-error-syntax = 設定ファイルの書き方に誤りがあります: { $reason }
i18n-check-no-source = 原文（日本語）の翻訳ファイルが見つかりません: { $dir }
i18n-check-unknown-language = 知らない言語のフォルダーです: { $lang }
i18n-check-missing-key = { $lang } に「{ $key }」がありません（原文: { $file }）
i18n-check-extra-key = { $lang } の「{ $key }」は原文にありません（{ $file }）
i18n-check-variables = { $lang } の「{ $key }」の変数が原文と違います: 原文 { $expected }、翻訳 { $found }
i18n-check-unused-key = 「{ $key }」はコードでもカタログでも使われていません
i18n-check-syntax = { $file } の { $line } 行目に書き方の誤りがあります
i18n-check-duplicate-key = { $lang } の「{ $key }」が二度定義されています（{ $file }）
i18n-check-glyph = { $lang } の「{ $key }」の文字「{ $char }」（{ $codepoint }）を表示できるフォントがありません。インストール: { $packages }
i18n-check-ok = すべての言語の確認に合格しました（{ $count } 言語）
i18n-check-failed = { $count } 件の問題があります
# A Western (Gregorian) date as this language writes it.
date-gregorian = { $year }年{ $month }月{ $day }日
