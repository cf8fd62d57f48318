# ゆうびんばんごうの データ (src/postal)
postal-error-read = { $path } を よめません: { $reason }
postal-error-columns = { $line } ぎょうめ: れつが { $columns } こ あります（15 こ の はずです）
postal-error-code = { $line } ぎょうめ: ゆうびんばんごう「{ $value }」が 7けたの すうじでは ありません
postal-error-flag = { $line } ぎょうめ: { $column } れつめの フラグ「{ $value }」が すうじ 1けたでは ありません
postal-error-unclosed = { $line } ぎょうめ: かっこが とじて いません
postal-error-empty = { $path } に ゆうびんばんごうの ぎょうが ありません
postal-error-index = ゆうびんばんごうの さくいん { $path }: { $reason }
postal-error-no-index = ゆうびんばんごうの さくいん { $path } が ありません。さきに madoguchi postal import を して ください
