## 待ち状況ページ（携帯電話向け、役所の外に公開）: ticket.html（自分の番号札）と index.html（区の混雑状況）

wait-ticket-title = あなたの番号札
wait-ward-title = 窓口の混雑状況
wait-language = 言語
wait-loading = 読み込んでいます…
wait-your-number = あなたの番号
wait-ahead = { $count ->
    [0] あなたの前に待っている人はいません
   *[other] あなたの前に { $count } 人
}
wait-estimated = 待ち時間の目安: 約 { $minutes } 分
wait-soon = まもなく呼ばれます。窓口の近くにお戻りください。
wait-called = お呼びしています
wait-counter = { $counter } 番窓口
wait-done = この番号の受付は終わりました。ご来庁ありがとうございました。
wait-unknown = この番号札は見つかりません。期限が切れたか、アドレスが違います。
wait-unreachable = 情報を取得できません。自動でもう一度試します。
wait-stale = { $time } 時点の情報です。更新が止まっているため、今の状況と違うかもしれません。
wait-old = 古い情報
wait-live = 自動で更新しています
wait-alerts-ask = 近づいたら知らせる
wait-alerts-on = 近づいたらお知らせします（このページを開いている間）。
wait-alerts-off = 通知は許可されていません。この画面でお知らせします。
wait-notify-soon = { $number }: まもなく呼ばれます（あなたの前に { $count } 人）
wait-notify-called = { $number }: { $counter } 番窓口へお越しください
wait-no-personal-data = このページには個人の情報は表示されません。
wait-waiting = 待っている人: { $count } 人
wait-called-recent = 最近呼ばれた番号
wait-called-none = まだありません
wait-open-data = 同じ数字をオープンデータ（JSON）としても公開しています。だれでも自由に使えます。個人の情報は含みません:
wait-ward-empty = 表示できる庁舎がありません。
