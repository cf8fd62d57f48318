# Đọc to (gọi số bằng giọng nói trên bảng, đọc màn hình ở ki-ốt).
speech-number = { $letters } { $digits }
speech-call = Mời số { $number } đến quầy số { $counter }.
speech-recall = Xin nhắc lại: mời số { $number } đến quầy số { $counter }.
speech-ticket = Số của bạn là { $number }.
speech-error-engine-missing = Không tìm thấy chương trình tổng hợp giọng nói { $engine }. Hãy chạy scripts/setup.sh.
speech-error-voice-missing = Không tìm thấy dữ liệu giọng nói { $voice }. Hãy chạy scripts/setup.sh.
speech-error-failed = Chương trình tổng hợp giọng nói { $engine } bị lỗi: { $reason }
speech-error-language = Mã ngôn ngữ không xác định: { $code }
speech-read-aloud = Đọc to
