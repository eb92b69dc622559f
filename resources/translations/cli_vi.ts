<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../app/commands/language.py" line="127" />
            <source>The command was not written as expected; see pbgdpl --help.</source>
            <translation>Lệnh viết chưa đúng; xem pbgdpl --help.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="128" />
            <source>This data folder is not set up yet: run pbgdpl init --unit CODE --officer NAME, or pbgdpl demo.</source>
            <translation>Thư mục dữ liệu này chưa được thiết lập: chạy pbgdpl init --unit MÃ --officer HỌ_TÊN, hoặc pbgdpl demo.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="129" />
            <source>This data folder already belongs to another unit; give another --data-dir for a second unit.</source>
            <translation>Thư mục dữ liệu này đã thuộc về đơn vị khác; dùng --data-dir khác cho đơn vị thứ hai.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="130" />
            <source>This data folder is kept by another officer; to hand it over, add --officer-change.</source>
            <translation>Thư mục dữ liệu này đang do cán bộ khác phụ trách; để bàn giao, thêm --officer-change.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="131" />
            <source>This unit is not in the administrative catalog; check the code (the nearest are listed).</source>
            <translation>Đơn vị này không có trong danh mục hành chính; hãy kiểm tra lại mã (các mã gần nhất được liệt kê).</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="132" />
            <source>This is not a period: write 2026, 2026-H1, 2026-Q3, 2026-M05 or 2026-5.</source>
            <translation>Kỳ báo cáo không hợp lệ: viết 2026, 2026-H1, 2026-Q3, 2026-M05 hoặc 2026-5.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="133" />
            <source>The file was not found; check its name and folder.</source>
            <translation>Không tìm thấy tệp; hãy kiểm tra tên tệp và thư mục.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="134" />
            <source>The file is not of the kind expected.</source>
            <translation>Tệp không đúng loại cần dùng.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="135" />
            <source>The file has rows with errors; nothing was written (the rows are listed).</source>
            <translation>Tệp có dòng bị lỗi; chưa ghi gì vào dữ liệu (các dòng lỗi được liệt kê).</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="136" />
            <source>The record is not valid; nothing was written.</source>
            <translation>Bản ghi không hợp lệ; chưa ghi gì.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="137" />
            <source>No such record.</source>
            <translation>Không có bản ghi này.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="138" />
            <source>The data folder given is a file, not a folder; give --data-dir a folder.</source>
            <translation>Đường dẫn thư mục dữ liệu là một tệp, không phải thư mục; hãy cho --data-dir một thư mục.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="139" />
            <source>The computer refused to read or write a file or folder; nothing more was done.</source>
            <translation>Máy tính không cho đọc hoặc ghi một tệp hay thư mục; không làm gì thêm.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="140" />
            <source>An unexpected error in PBGDPL; the log file in the data folder has the details.</source>
            <translation>PBGDPL gặp lỗi ngoài dự kiến; chi tiết trong tệp nhật ký ở thư mục dữ liệu.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="141" />
            <source>Stopped by the user.</source>
            <translation>Người dùng đã dừng lệnh.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="142" />
            <source>This data was saved by a newer PBGDPL; install the newer version. Nothing was changed.</source>
            <translation>Dữ liệu này do phiên bản PBGDPL mới hơn lưu; hãy cài phiên bản mới. Dữ liệu không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="143" />
            <source>Another program holds the database; close it and try again. Nothing was written.</source>
            <translation>Một chương trình khác đang giữ cơ sở dữ liệu; hãy đóng nó rồi thử lại. Chưa ghi gì.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="144" />
            <source>The database cannot be written (a write-protected drive or folder).</source>
            <translation>Không ghi được cơ sở dữ liệu (ổ đĩa hoặc thư mục đang chống ghi).</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="145" />
            <source>The disk is full; nothing was written.</source>
            <translation>Ổ đĩa đã đầy; chưa ghi gì.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="146" />
            <source>The database is damaged; restore a backup.</source>
            <translation>Cơ sở dữ liệu bị hỏng; hãy khôi phục một bản sao lưu.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="147" />
            <source>The signing key's passphrase is missing or wrong.</source>
            <translation>Thiếu hoặc sai mật khẩu của khóa ký số.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="164" />
            <source>The passphrase is too easy to guess: use a short sentence, or letters mixed with digits or spaces.</source>
            <translation>Mật khẩu quá dễ đoán: hãy dùng một câu ngắn, hoặc chữ cái kết hợp với chữ số hay dấu cách.</translation>
        </message>
        <message>
            <location filename="../../app/commands/language.py" line="148" />
            <source>This file is not a PBGDPL data bundle.</source>
            <translation>Tệp này không phải gói dữ liệu PBGDPL.</translation>
        </message>
        <message>
            <location filename="../../app/commands/setup.py" line="41" />
            <source>Set up: {unit} ({code}), {level}</source>
            <translation>Đã thiết lập: {unit} ({code}), {level}</translation>
        </message>
        <message>
            <location filename="../../app/commands/setup.py" line="42" />
            <location filename="../../app/commands/setup.py" line="69" />
            <source>Data folder: {folder}</source>
            <translation>Thư mục dữ liệu: {folder}</translation>
        </message>
        <message>
            <location filename="../../app/commands/setup.py" line="71" />
            <source>Unit: {unit} ({code}), level {level}, mode {mode}</source>
            <translation>Đơn vị: {unit} ({code}), cấp {level}, chế độ {mode}</translation>
        </message>
        <message>
            <location filename="../../app/commands/setup.py" line="73" />
            <source>Officer: {officer}</source>
            <translation>Người phụ trách: {officer}</translation>
        </message>
        <message>
            <location filename="../../app/commands/setup.py" line="75" />
            <source>Not set up yet: run 'pbgdpl init --unit CODE --officer NAME' or 'pbgdpl demo'</source>
            <translation>Chưa thiết lập: chạy 'pbgdpl init --unit MÃ --officer HỌ_TÊN' hoặc 'pbgdpl demo'</translation>
        </message>
        <message>
            <location filename="../../app/commands/setup.py" line="90" />
            <source>Last backup: {backup}</source>
            <translation>Bản sao lưu gần nhất: {backup}</translation>
        </message>
        <message>
            <location filename="../../app/commands/setup.py" line="90" />
            <source>none</source>
            <translation>chưa có</translation>
        </message>
        <message>
            <location filename="../../app/commands/setup.py" line="91" />
            <source>Schema version: {version} (pbgdpl {app})</source>
            <translation>Phiên bản cấu trúc dữ liệu: {version} (pbgdpl {app})</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>đã duyệt</translation>
        </message>
        <message>
            <source>no decisions yet</source>
            <translation>chưa có quyết định nào</translation>
        </message>
        <message>
            <source>  [CHANGED AFTER APPROVAL: approve again]</source>
            <translation>  [ĐÃ THAY ĐỔI SAU KHI DUYỆT: cần duyệt lại]</translation>
        </message>
        <message>
            <source>  [data changed since]</source>
            <translation>  [dữ liệu đã thay đổi từ đó]</translation>
        </message>
        <message>
            <source>  [a newer bundle was sent since]</source>
            <translation>  [đơn vị đã gửi gói dữ liệu mới hơn]</translation>
        </message>
        <message>
            <source>returned: {reason}</source>
            <translation>trả lại: {reason}</translation>
        </message>
        <message>
            <source>fingerprint {fingerprint}</source>
            <translation>dấu vân tay khóa {fingerprint}</translation>
        </message>
        <message>
            <source>{what} on {day} by {officer} (bundle no. {seq})</source>
            <translation>{what} ngày {day}, người quyết định {officer} (gói số {seq})</translation>
        </message>
        <message>
            <source>{decisions} decision(s) for unit {unit} {name}, periods {periods}, decision bundle no. {seq}</source>
            <translation>{decisions} quyết định cho đơn vị {unit} {name}, kỳ {periods}, gói quyết định số {seq}</translation>
        </message>
        <message>
            <source>{n} of them forwarded from the upper level (this office vouches for them)</source>
            <translation>trong đó {n} quyết định của cấp trên được chuyển tiếp (cơ quan này bảo đảm)</translation>
        </message>
        <message>
            <source>unit {unit} reports through {office} {name}: send this file there; that office imports it and passes the decisions on</source>
            <translation>đơn vị {unit} báo cáo qua {office} {name}: hãy gửi tệp này cho cơ quan đó; cơ quan đó nhập tệp và chuyển tiếp các quyết định</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>không có gì</translation>
        </message>
        <message>
            <source>restoring it loses: {what}</source>
            <translation>khôi phục bản này sẽ mất: {what}</translation>
        </message>
        <message>
            <source>{count} copies, {size} of at most {cap}</source>
            <translation>{count} bản sao, {size} trên tối đa {cap}</translation>
        </message>
        <message>
            <source>backup written and checked: {file}</source>
            <translation>đã sao lưu và kiểm tra: {file}</translation>
        </message>
        <message>
            <source>run again with --yes to restore</source>
            <translation>chạy lại kèm --yes để khôi phục</translation>
        </message>
        <message>
            <source>restored {name}; the database as it was is kept in {file}</source>
            <translation>đã khôi phục {name}; cơ sở dữ liệu trước khi khôi phục được giữ tại {file}</translation>
        </message>
        <message>
            <source> (trusted)</source>
            <translation> (tin cậy)</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>đơn vị</translation>
        </message>
        <message>
            <source>bundles</source>
            <translation>số gói</translation>
        </message>
        <message>
            <source>last</source>
            <translation>số cuối</translation>
        </message>
        <message>
            <source>last imported</source>
            <translation>nhập lần cuối</translation>
        </message>
        <message>
            <source>gaps</source>
            <translation>còn thiếu</translation>
        </message>
        <message>
            <source>signed by {fingerprint}</source>
            <translation>ký bởi khóa {fingerprint}</translation>
        </message>
        <message>
            <source>warning: {text}</source>
            <translation>cảnh báo: {text}</translation>
        </message>
        <message>
            <source>no open conflicts</source>
            <translation>không có xung đột nào đang chờ xử lý</translation>
        </message>
        <message>
            <source>; id collision: the stored record is unit {unit}'s</source>
            <translation>; trùng mã bản ghi: bản ghi đang lưu là của đơn vị {unit}</translation>
        </message>
        <message>
            <source>conflict #{id}: {status} ({table} {record} at revision {rev})</source>
            <translation>xung đột #{id}: {status} ({table} {record}, phiên bản {rev})</translation>
        </message>
        <message>
            <source>  [DRY RUN: nothing written]</source>
            <translation>  [CHẠY THỬ: không ghi gì]</translation>
        </message>
        <message>
            <source>unit {unit}, period {period}, bundle no. {seq}: {activities} activities, {reporters} reporters, {attachments} attachments</source>
            <translation>đơn vị {unit}, kỳ {period}, gói số {seq}: {activities} hoạt động, {reporters} báo cáo viên/tuyên truyền viên, {attachments} tệp đính kèm</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(không có tiêu đề)</translation>
        </message>
        <message>
            <source>unit {unit} {name}, bundle no. {seq}, periods {periods}</source>
            <translation>đơn vị {unit} {name}, gói số {seq}, kỳ {periods}</translation>
        </message>
        <message>
            <source>fix what refused them (e.g. pbgdpl keys trust for the unit), then import this file again</source>
            <translation>khắc phục lý do bị từ chối (ví dụ pbgdpl keys trust cho đơn vị đó), rồi nhập lại tệp này</translation>
        </message>
        <message>
            <source>restore from unit {unit} (its key {fingerprint}): {bundles} bundle(s); {added} record(s) added, {replaced} replaced by a newer revision, {kept} already here; {files} file(s) copied; the next bundle will be no. {seq}</source>
            <translation>khôi phục từ đơn vị {unit} (khóa {fingerprint}): {bundles} gói; thêm {added} bản ghi, thay {replaced} bản ghi bằng phiên bản mới hơn, {kept} bản ghi đã có; sao chép {files} tệp; gói tiếp theo sẽ là số {seq}</translation>
        </message>
        <message>
            <source>carries {bundles} original bundle(s) of {count} unit(s): {units}</source>
            <translation>mang theo {bundles} gói gốc của {count} đơn vị: {units}</translation>
        </message>
        <message>
            <source>not carried: bundle no. {seq} of unit {unit}, period {period} was returned ({reason})</source>
            <translation>không mang theo: gói số {seq} của đơn vị {unit}, kỳ {period} đã bị trả lại ({reason})</translation>
        </message>
        <message>
            <source>unit {unit} {name}, periods {periods}, bundle no. {seq}</source>
            <translation>đơn vị {unit} {name}, kỳ {periods}, gói số {seq}</translation>
        </message>
        <message>
            <source>{activities} activities, {reporters} reporters, {attachments} attachments, {files} files</source>
            <translation>{activities} hoạt động, {reporters} báo cáo viên/tuyên truyền viên, {attachments} tệp đính kèm, {files} tệp</translation>
        </message>
        <message>
            <source>written by pbgdpl {version} on {at}</source>
            <translation>ghi bởi pbgdpl {version} lúc {at}</translation>
        </message>
        <message>
            <source> (+{count} fields)</source>
            <translation> (+{count} trường)</translation>
        </message>
        <message>
            <source>CHANGED AFTER APPROVAL: period {period} of unit {unit} was approved and this bundle changed it; approve it again (pbgdpl approvals)</source>
            <translation>ĐÃ THAY ĐỔI SAU KHI DUYỆT: kỳ {period} của đơn vị {unit} đã được duyệt và gói này làm thay đổi dữ liệu; cần duyệt lại (pbgdpl approvals)</translation>
        </message>
        <message>
            <source>carries {count} original bundle(s); {refused} refused</source>
            <translation>mang theo {count} gói gốc; {refused} gói bị từ chối</translation>
        </message>
        <message>
            <source>unit {unit}: {bundles} bundle(s) received from it, last no. {seq}; signed by {fingerprint}</source>
            <translation>đơn vị {unit}: đã nhận {bundles} gói từ đơn vị, số cuối {seq}; ký bởi khóa {fingerprint}</translation>
        </message>
        <message>
            <source>carries {count} original bundle(s), each verified on import:</source>
            <translation>mang theo {count} gói gốc, mỗi gói được kiểm tra khi nhập:</translation>
        </message>
        <message>
            <source>already imported on {at}</source>
            <translation>đã nhập lúc {at}</translation>
        </message>
        <message>
            <source>decisions of unit {unit} {name}: {message}</source>
            <translation>quyết định của đơn vị {unit} {name}: {message}</translation>
        </message>
        <message>
            <source>missing bundles from unit {unit}: no. {numbers}</source>
            <translation>còn thiếu gói của đơn vị {unit}: số {numbers}</translation>
        </message>
        <message>
            <source>(unit {unit}): mine rev {mine}, theirs rev {theirs}; differs in {fields}</source>
            <translation>(đơn vị {unit}): bản của mình phiên bản {mine}, bản nhận được phiên bản {theirs}; khác nhau ở {fields}</translation>
        </message>
        <message>
            <source>decision bundle of unit {unit} {name} for unit {target}: {decisions} decision(s), periods {periods}</source>
            <translation>gói quyết định của đơn vị {unit} {name} gửi đơn vị {target}: {decisions} quyết định, kỳ {periods}</translation>
        </message>
        <message>
            <source>{table}: {count} more (see --json)</source>
            <translation>{table}: còn {count} bản ghi nữa (xem --json)</translation>
        </message>
        <message>
            <source>REFUSED {member} (unit {unit}, no. {seq}): {code}: {message}</source>
            <translation>TỪ CHỐI {member} (đơn vị {unit}, số {seq}): {code}: {message}</translation>
        </message>
        <message>
            <source>this fingerprint was typed without check characters (an older enrolment sheet), so a wrong character cannot be detected: compare it group by group with the signed sheet twice, or ask the unit for a new sheet (pbgdpl keys sheet)</source>
            <translation>dấu vân tay này được gõ không có ký tự kiểm tra (phiếu đăng ký cũ) nên không phát hiện được ký tự gõ sai: đối chiếu từng nhóm với phiếu đã ký hai lần, hoặc đề nghị đơn vị in phiếu mới (pbgdpl keys sheet)</translation>
        </message>
        <message>
            <source>passphrase-protected</source>
            <translation>có mật khẩu bảo vệ</translation>
        </message>
        <message>
            <source>NOT protected by a passphrase</source>
            <translation>KHÔNG có mật khẩu bảo vệ</translation>
        </message>
        <message>
            <source>no passphrase</source>
            <translation>không có mật khẩu</translation>
        </message>
        <message>
            <source>enrolled</source>
            <translation>đã đăng ký</translation>
        </message>
        <message>
            <source>was already enrolled</source>
            <translation>đã được đăng ký từ trước</translation>
        </message>
        <message>
            <source>NOT IN THE UNIT CATALOG: check the code</source>
            <translation>KHÔNG CÓ TRONG DANH MỤC ĐƠN VỊ: kiểm tra lại mã</translation>
        </message>
        <message>
            <source>status</source>
            <translation>trạng thái</translation>
        </message>
        <message>
            <source>until</source>
            <translation>đến</translation>
        </message>
        <message>
            <source>fingerprint</source>
            <translation>dấu vân tay khóa</translation>
        </message>
        <message>
            <source>Print the enrolment sheet (pbgdpl keys sheet --out FILE.pdf), sign and stamp it, and carry it upward.</source>
            <translation>In phiếu đăng ký khóa (pbgdpl keys sheet --out TỆP.pdf), ký, đóng dấu và gửi lên cấp trên.</translation>
        </message>
        <message>
            <source>Private key copied to {file} ({protection})</source>
            <translation>Đã sao chép khóa bí mật vào {file} ({protection})</translation>
        </message>
        <message>
            <source>Is the old computer gone (lost, broken, stolen)? y = revoke its key, n = keep it for files it already wrote: </source>
            <translation>Máy tính cũ không còn dùng được (mất, hỏng, bị lấy cắp)? c = thu hồi khóa của máy đó, k = giữ để đọc các tệp máy đó đã ghi: </translation>
        </message>
        <message>
            <source>enrolled; the previous key was revoked</source>
            <translation>đã đăng ký; khóa trước đó đã bị thu hồi</translation>
        </message>
        <message>
            <source>enrolled; files the previous key already wrote are still read, never overriding the new key's records</source>
            <translation>đã đăng ký; các tệp khóa trước đã ghi vẫn được đọc nhưng không bao giờ đè lên bản ghi của khóa mới</translation>
        </message>
        <message>
            <source>Unit {code}: key {fingerprint} {outcome}</source>
            <translation>Đơn vị {code}: khóa {fingerprint} {outcome}</translation>
        </message>
        <message>
            <source>(no key enrolled yet: pbgdpl keys trust --unit CODE --fingerprint FP, or --qr TEXT)</source>
            <translation>(chưa đăng ký khóa nào: pbgdpl keys trust --unit MÃ --fingerprint VÂN_TAY, hoặc --qr CHUỖI)</translation>
        </message>
        <message>
            <source>encrypted</source>
            <translation>đã mã hóa</translation>
        </message>
        <message>
            <source>NOT encrypted</source>
            <translation>KHÔNG mã hóa</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>Dấu vân tay khóa: {fingerprint}</translation>
        </message>
        <message>
            <source>Unit {code} ({name}): key {fingerprint} {outcome}</source>
            <translation>Đơn vị {code} ({name}): khóa {fingerprint} {outcome}</translation>
        </message>
        <message>
            <source>Signing key created for {unit} ({code})</source>
            <translation>Đã tạo khóa ký số cho {unit} ({code})</translation>
        </message>
        <message>
            <source>Private key: {file} ({protection})</source>
            <translation>Khóa bí mật: {file} ({protection})</translation>
        </message>
        <message>
            <source>Unit: {unit} ({code})</source>
            <translation>Đơn vị: {unit} ({code})</translation>
        </message>
        <message>
            <source>Created: {at}</source>
            <translation>Ngày tạo: {at}</translation>
        </message>
        <message>
            <source>Enrolment sheet: {file}</source>
            <translation>Phiếu đăng ký khóa: {file}</translation>
        </message>
        <message>
            <source>WARNING: {text}</source>
            <translation>CẢNH BÁO: {text}</translation>
        </message>
        <message>
            <source>new</source>
            <translation>mới</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>cập nhật</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>đã xóa</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>không đổi</translation>
        </message>
        <message>
            <source>stale</source>
            <translation>cũ hơn</translation>
        </message>
        <message>
            <source>conflicts</source>
            <translation>xung đột</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>từ chối</translation>
        </message>
        <message>
            <source>table</source>
            <translation>bảng</translation>
        </message>
        <message>
            <source>activities</source>
            <translation>hoạt động</translation>
        </message>
        <message>
            <source>reporters</source>
            <translation>BCV/TTV</translation>
        </message>
        <message>
            <source>attachments</source>
            <translation>tệp đính kèm</translation>
        </message>
        <message>
            <source>plans</source>
            <translation>kế hoạch</translation>
        </message>
        <message>
            <source>plan_tasks</source>
            <translation>nhiệm vụ KH</translation>
        </message>
        <message>
            <source>assessments</source>
            <translation>đánh giá</translation>
        </message>
        <message>
            <source>assessment_answers</source>
            <translation>chỉ tiêu đánh giá</translation>
        </message>
        <message>
            <source>trainings</source>
            <translation>bồi dưỡng</translation>
        </message>
        <message>
            <source>bundle_imports</source>
            <translation>lần nhập gói</translation>
        </message>
        <message>
            <source>bundle_exports</source>
            <translation>lần xuất gói</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>trả lại</translation>
        </message>
        <message>
            <source>open</source>
            <translation>đang chờ</translation>
        </message>
        <message>
            <source>active</source>
            <translation>hiệu lực</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>hết hạn</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>thu hồi</translation>
        </message>
        <message>
            <source>kept_mine</source>
            <translation>giữ bản của mình</translation>
        </message>
        <message>
            <source>took_theirs</source>
            <translation>lấy bản nhận được</translation>
        </message>
        <message>
            <source>INTACT</source>
            <translation>NGUYÊN VẸN</translation>
        </message>
        <message>
            <source>BROKEN</source>
            <translation>BỊ SỬA</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>tin cậy</translation>
        </message>
        <message>
            <source>, signed by {signer}</source>
            <translation>, ký bởi {signer}</translation>
        </message>
        <message>
            <source>, {count} page(s)</source>
            <translation>, {count} trang</translation>
        </message>
        <message>
            <source>not trusted (no --trust root)</source>
            <translation>chưa xác định tin cậy (không có --trust)</translation>
        </message>
        <message>
            <source>NOT trusted</source>
            <translation>KHÔNG tin cậy</translation>
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation>Cảnh báo: {text}</translation>
        </message>
        <message>
            <source>signer {signer}; time {time}; integrity {state}; {trust}</source>
            <translation>người ký {signer}; thời điểm {time}; toàn vẹn: {state}; {trust}</translation>
        </message>
        <message>
            <source>; error: {error}</source>
            <translation>; lỗi: {error}</translation>
        </message>
        <message>
            <source>Demo: {unit} ({code})</source>
            <translation>Dữ liệu mẫu: {unit} ({code})</translation>
        </message>
        <message>
            <source>activities: {activities}, reporters: {reporters}</source>
            <translation>hoạt động: {activities}, báo cáo viên/tuyên truyền viên: {reporters}</translation>
        </message>
        <message>
            <source>data folder: {folder}</source>
            <translation>thư mục dữ liệu: {folder}</translation>
        </message>
        <message>
            <source>Would import {file}</source>
            <translation>Sẽ nhập {file}</translation>
        </message>
        <message>
            <source>Imported {file}</source>
            <translation>Đã nhập {file}</translation>
        </message>
        <message>
            <source>Exported {count} {what} to {file}</source>
            <translation>Đã xuất {count} bản ghi {what} ra {file}</translation>
        </message>
        <message>
            <source> (with personal data)</source>
            <translation> (có thông tin cá nhân)</translation>
        </message>
        <message>
            <source> (personal data left out; --include-personal adds it)</source>
            <translation> (không kèm thông tin cá nhân; thêm --include-personal để kèm)</translation>
        </message>
        <message>
            <source> (sheet '{sheet}', header in row {row})</source>
            <translation> (trang tính '{sheet}', tiêu đề ở dòng {row})</translation>
        </message>
        <message>
            <source>{rows} rows, {created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped</source>
            <translation>{rows} dòng, thêm mới {created}, cập nhật {updated}, không đổi {unchanged}, bỏ qua {skipped}</translation>
        </message>
        <message>
            <source>Note: the same file was imported on {at} ({file}).</source>
            <translation>Lưu ý: tệp giống hệt đã được nhập lúc {at} ({file}).</translation>
        </message>
        <message>
            <source>Converted {cells} cells of column '{column}' from {encoding} ({how})</source>
            <translation>Đã chuyển {cells} ô của cột '{column}' từ {encoding} ({how})</translation>
        </message>
        <message>
            <source>{count} cells to check by eye (see --json):</source>
            <translation>{count} ô cần kiểm tra bằng mắt (xem --json):</translation>
        </message>
        <message>
            <source>Columns not used: {columns}</source>
            <translation>Các cột không dùng: {columns}</translation>
        </message>
        <message>
            <source>Rows left out: {rows}</source>
            <translation>Các dòng không nhập: {rows}</translation>
        </message>
        <message>
            <source>total row</source>
            <translation>dòng tổng cộng</translation>
        </message>
        <message>
            <source>column numbers</source>
            <translation>dòng số thứ tự cột</translation>
        </message>
        <message>
            <source>Warning: {message}</source>
            <translation>Lưu ý: {message}</translation>
        </message>
        <message>
            <source>Skipped {count} bad rows:</source>
            <translation>Đã bỏ qua {count} dòng lỗi:</translation>
        </message>
        <message>
            <source>row {row}, column {column}: {message}</source>
            <translation>dòng {row}, cột {column}: {message}</translation>
        </message>
        <message>
            <source>column {column}, row {rows}: {original} -&gt; {proposed} ({reason})</source>
            <translation>cột {column}, dòng {rows}: {original} -&gt; {proposed} ({reason})</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… và {count} mục nữa</translation>
        </message>
        <message>
            <source>code</source>
            <translation>mã</translation>
        </message>
        <message>
            <source>from</source>
            <translation>từ</translation>
        </message>
        <message>
            <source>by</source>
            <translation>người thêm</translation>
        </message>
        <message>
            <source>name</source>
            <translation>tên</translation>
        </message>
        <message>
            <source>(intermediate office, relays its units)</source>
            <translation>(đơn vị trung gian, chuyển tiếp gói của các đơn vị trực thuộc)</translation>
        </message>
        <message>
            <source>(not expected)</source>
            <translation>(không thuộc diện báo cáo)</translation>
        </message>
        <message>
            <source>{count} unit(s)</source>
            <translation>{count} đơn vị</translation>
        </message>
        <message>
            <source>Expected from now on: {code} {name}</source>
            <translation>Từ nay thuộc diện báo cáo: {code} {name}</translation>
        </message>
        <message>
            <source>Bundles of {alias} land on {code} {name}</source>
            <translation>Gói dữ liệu mang mã {alias} được ghi cho {code} {name}</translation>
        </message>
        <message>
            <source>{code} {name}: expected until {day}</source>
            <translation>{code} {name}: thuộc diện báo cáo đến ngày {day}</translation>
        </message>
        <message>
            <source>  (also: {aliases})</source>
            <translation>  (tên/mã khác: {aliases})</translation>
        </message>
        <message>
            <source>{days} days after the period's end  ({source}; {certainty})</source>
            <translation>{days} ngày sau khi kết thúc kỳ  ({source}; {certainty})</translation>
        </message>
        <message>
            <source>{count} bundle(s)</source>
            <translation>{count} gói</translation>
        </message>
        <message>
            <source>already imported on {at}; nothing changed</source>
            <translation>đã nhập lúc {at}; không có gì thay đổi</translation>
        </message>
        <message>
            <source>This installation has no signing key yet: make one with pbgdpl keys create.</source>
            <translation>Máy này chưa có khóa ký số: tạo khóa bằng pbgdpl keys create.</translation>
        </message>
        <message>
            <source>This installation already has a signing key; --replace makes a new one (enrol it upstairs again).</source>
            <translation>Máy này đã có khóa ký số; --replace tạo khóa mới (phải đăng ký lại với cấp trên).</translation>
        </message>
        <message>
            <source>The fingerprint is not written as on the enrolment sheet; check it group by group.</source>
            <translation>Dấu vân tay khóa không khớp cách ghi trên phiếu đăng ký; kiểm tra lại từng nhóm.</translation>
        </message>
        <message>
            <source>The bundle is signed by a key not enrolled here: enrol the unit's key first (pbgdpl keys trust).</source>
            <translation>Gói dữ liệu được ký bằng khóa chưa đăng ký ở đây: đăng ký khóa của đơn vị trước (pbgdpl keys trust).</translation>
        </message>
        <message>
            <source>The bundle is signed by a revoked key; nothing was imported.</source>
            <translation>Gói dữ liệu được ký bằng khóa đã bị thu hồi; không nhập gì.</translation>
        </message>
        <message>
            <source>The bundle's signature does not match its contents (changed or damaged); nothing was imported.</source>
            <translation>Chữ ký của gói dữ liệu không khớp nội dung (đã bị sửa hoặc hỏng); không nhập gì.</translation>
        </message>
        <message>
            <source>A file inside the bundle was changed or damaged; nothing was imported.</source>
            <translation>Một tệp trong gói dữ liệu đã bị sửa hoặc hỏng; không nhập gì.</translation>
        </message>
        <message>
            <source>This bundle was written by this unit itself; it is sent upward, not imported here.</source>
            <translation>Gói này do chính đơn vị này ghi ra; gói được gửi lên cấp trên, không nhập tại đây.</translation>
        </message>
        <message>
            <source>Only an upper-level unit (district or province) can do this.</source>
            <translation>Chỉ đơn vị cấp trên (cấp huyện hoặc tỉnh) mới thực hiện được việc này.</translation>
        </message>
        <message>
            <source>This unit is not among the units expected to report here (pbgdpl units add).</source>
            <translation>Đơn vị này không thuộc danh sách đơn vị báo cáo về đây (pbgdpl units add).</translation>
        </message>
        <message>
            <source>{count} rows name a plan task but were imported without the link (row {row}: {reason})</source>
            <translation>{count} dòng có ghi nhiệm vụ kế hoạch nhưng được nhập mà không gắn với nhiệm vụ (dòng {row}: {reason})</translation>
        </message>
        <message>
            <source>audit log whole: {count} entries, each hash follows from the one before</source>
            <translation>nhật ký kiểm tra nguyên vẹn: {count} mục, mỗi mã băm nối tiếp đúng mục trước</translation>
        </message>
        <message>
            <source>The audit log was changed after it was written; keep a copy of the data folder and tell the upper level.</source>
            <translation>Nhật ký kiểm tra đã bị sửa sau khi ghi; hãy giữ một bản sao thư mục dữ liệu và báo cho cấp trên.</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>chưa bắt đầu</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>đang thực hiện</translation>
        </message>
        <message>
            <source>done</source>
            <translation>đã xong</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>quá hạn</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>không thực hiện</translation>
        </message>
        <message>
            <source>Checked (nothing written)</source>
            <translation>Đã kiểm tra (không ghi gì)</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Đã nhập</translation>
        </message>
        <message>
            <source> [outside the plan]</source>
            <translation> [ngoài kế hoạch]</translation>
        </message>
        <message>
            <source>number</source>
            <translation>số hiệu</translation>
        </message>
        <message>
            <source>date</source>
            <translation>ngày</translation>
        </message>
        <message>
            <source>period</source>
            <translation>thời gian</translation>
        </message>
        <message>
            <source>tasks</source>
            <translation>nhiệm vụ</translation>
        </message>
        <message>
            <source>late</source>
            <translation>trễ hạn</translation>
        </message>
        <message>
            <source>title</source>
            <translation>trích yếu</translation>
        </message>
        <message>
            <source>{count} plan(s)</source>
            <translation>{count} kế hoạch</translation>
        </message>
        <message>
            <source>section</source>
            <translation>mục</translation>
        </message>
        <message>
            <source>deadline</source>
            <translation>thời hạn</translation>
        </message>
        <message>
            <source>acts</source>
            <translation>số HĐ</translation>
        </message>
        <message>
            <source>content</source>
            <translation>nội dung</translation>
        </message>
        <message>
            <source>done {share} of {count} task(s) in the plan</source>
            <translation>đã xong {share} trong {count} nhiệm vụ của kế hoạch</translation>
        </message>
        <message>
            <source>plan {number} of {day} with {count} task(s)</source>
            <translation>kế hoạch {number} ngày {day} có {count} nhiệm vụ</translation>
        </message>
        <message>
            <source>Stored the example plan {number}; take its tasks into your plan in the Plans screen</source>
            <translation>Đã lưu kế hoạch mẫu {number}; lấy các nhiệm vụ của nó vào kế hoạch của đơn vị ở màn hình Kế hoạch</translation>
        </message>
        <message>
            <source>Wrote {file}</source>
            <translation>Đã ghi {file}</translation>
        </message>
        <message>
            <source>plan</source>
            <translation>kế hoạch</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>đúng hạn</translation>
        </message>
        <message>
            <source>outside</source>
            <translation>ngoài KH</translation>
        </message>
        <message>
            <source>year {year}: budget {budget} VND, spent {spent} VND ({share} of the budget)</source>
            <translation>năm {year}: dự toán {budget} đồng, đã chi {spent} đồng ({share} dự toán)</translation>
        </message>
        <message>
            <source>activities {count}, with a cost {paid}</source>
            <translation>hoạt động {count}, có kinh phí {paid}</translation>
        </message>
        <message>
            <source>priority groups (Luật PBGDPL Điều 17–22): {cost} VND = {share} of the spending</source>
            <translation>đối tượng đặc thù (Luật PBGDPL Điều 17–22): {cost} đồng = {share} số đã chi</translation>
        </message>
        <message>
            <source>by form: {list}</source>
            <translation>theo hình thức: {list}</translation>
        </message>
        <message>
            <source>by target group: {list}</source>
            <translation>theo đối tượng: {list}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <source>(no plan)</source>
            <translation>(chưa có kế hoạch)</translation>
        </message>
        <message>
            <source>{count} task(s)</source>
            <translation>{count} nhiệm vụ</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(không ghi)</translation>
        </message>
        <message>
            <source>Check that the upper level has this fingerprint enrolled; then send as before.</source>
            <translation>Hãy kiểm tra cấp trên đã đăng ký dấu vân tay này; rồi gửi dữ liệu như trước.</translation>
        </message>
        <message>
            <source>Signing key taken from the backup for {unit} ({code})</source>
            <translation>Đã lấy khóa ký số từ bản sao lưu cho {unit} ({code})</translation>
        </message>
    </context>
    <context>
        <name>CliHelp</name>
        <message>
            <source>PBGDPL: the commune's log of legal dissemination and education, offline. Run without a command to open the window.</source>
            <translation>PBGDPL: sổ theo dõi phổ biến, giáo dục pháp luật cấp xã, không cần mạng. Chạy không kèm lệnh để mở cửa sổ chương trình.</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>hiện hướng dẫn này rồi thoát</translation>
        </message>
        <message>
            <source>data folder (default: per-user folder, or $PBGDPL_DATA_DIR)</source>
            <translation>thư mục dữ liệu (mặc định: thư mục riêng của người dùng, hoặc $PBGDPL_DATA_DIR)</translation>
        </message>
        <message>
            <source>print one JSON document</source>
            <translation>in kết quả dưới dạng một văn bản JSON</translation>
        </message>
        <message>
            <source>log to the console too</source>
            <translation>ghi nhật ký ra màn hình nữa</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>hiện số phiên bản rồi thoát</translation>
        </message>
        <message>
            <source>check that this build works, then exit</source>
            <translation>kiểm tra bản cài này chạy được, rồi thoát</translation>
        </message>
        <message>
            <source>set up this installation for one unit</source>
            <translation>thiết lập máy này cho một đơn vị</translation>
        </message>
        <message>
            <source>fill an empty data folder with a realistic demo commune</source>
            <translation>tạo dữ liệu mẫu của một xã trong thư mục dữ liệu trống</translation>
        </message>
        <message>
            <source>unit, mode, counts (per unit under an upper level), last backup, schema version</source>
            <translation>đơn vị, chế độ, số bản ghi (theo từng đơn vị ở cấp trên), bản sao lưu gần nhất, phiên bản cấu trúc dữ liệu</translation>
        </message>
        <message>
            <source>import or export the activity log (.xlsx, .csv, .json)</source>
            <translation>nhập hoặc xuất sổ theo dõi hoạt động (.xlsx, .csv, .json)</translation>
        </message>
        <message>
            <source>import or export the roster of báo cáo viên and tuyên truyền viên (.xlsx, .csv, .json)</source>
            <translation>nhập hoặc xuất danh sách báo cáo viên, tuyên truyền viên (.xlsx, .csv, .json)</translation>
        </message>
        <message>
            <source>signing key and trust list</source>
            <translation>khóa ký số và danh sách khóa tin cậy</translation>
        </message>
        <message>
            <source>signed bundles: export, verify, import, conflicts</source>
            <translation>gói dữ liệu có ký số: xuất, kiểm tra, nhập, xung đột</translation>
        </message>
        <message>
            <source>write an official document (PDF in the Nghị định 30/2020 layout, or .xlsx)</source>
            <translation>lập văn bản (PDF theo thể thức Nghị định 30/2020, hoặc .xlsx)</translation>
        </message>
        <message>
            <source>check PDF signatures</source>
            <translation>kiểm tra chữ ký số trên tệp PDF</translation>
        </message>
        <message>
            <source>the units expected to report here (upper level)</source>
            <translation>các đơn vị phải báo cáo về đây (cấp trên)</translation>
        </message>
        <message>
            <source>who has reported a period: status, on time or late, rate</source>
            <translation>đơn vị nào đã báo cáo một kỳ: tình trạng, đúng hạn hay muộn, tỷ lệ</translation>
        </message>
        <message>
            <source>approve a unit's period as received (upper level)</source>
            <translation>duyệt báo cáo một kỳ của đơn vị (cấp trên)</translation>
        </message>
        <message>
            <source>return a unit's period for correction, with a reason (upper level)</source>
            <translation>trả lại báo cáo một kỳ để đơn vị sửa, kèm lý do (cấp trên)</translation>
        </message>
        <message>
            <source>decisions per unit and period (at a commune: those received)</source>
            <translation>các quyết định theo đơn vị và kỳ (ở cấp xã: những quyết định đã nhận)</translation>
        </message>
        <message>
            <source>PBGDPL plans (kế hoạch) and their tasks</source>
            <translation>kế hoạch PBGDPL và các nhiệm vụ</translation>
        </message>
        <message>
            <source>chuẩn tiếp cận pháp luật: the yearly assessment</source>
            <translation>chuẩn tiếp cận pháp luật: đánh giá hằng năm</translation>
        </message>
        <message>
            <source>criteria sets (chuẩn tiếp cận pháp luật) and signed catalog updates</source>
            <translation>bộ tiêu chí (chuẩn tiếp cận pháp luật) và các bản cập nhật danh mục có ký số</translation>
        </message>
        <message>
            <source>every known version of every criteria set, and the points still unknown</source>
            <translation>mọi phiên bản đã biết của từng bộ tiêu chí, và các điểm còn chưa rõ</translation>
        </message>
        <message>
            <source>write a criteria set as an update signed with this installation's key</source>
            <translation>xuất một bộ tiêu chí thành bản cập nhật ký bằng khóa của máy này</translation>
        </message>
        <message>
            <source>take in a signed catalog update (or, upper level: a set file it edited)</source>
            <translation>nhận một bản cập nhật danh mục có ký số (hoặc, ở cấp trên: tệp bộ tiêu chí đã sửa)</translation>
        </message>
        <message>
            <source>e.g. QD25_2021</source>
            <translation>ví dụ QD25_2021</translation>
        </message>
        <message>
            <source>default: the newest known</source>
            <translation>mặc định: phiên bản mới nhất đã biết</translation>
        </message>
        <message>
            <source>read the key passphrase from the first line of FILE (or set $PBGDPL_PASSPHRASE)</source>
            <translation>đọc mật khẩu khóa từ dòng đầu của TỆP (hoặc đặt $PBGDPL_PASSPHRASE)</translation>
        </message>
        <message>
            <source>the assessment of a year: answers, values from the log, result</source>
            <translation>đánh giá của một năm: câu trả lời, số liệu từ sổ theo dõi, kết quả</translation>
        </message>
        <message>
            <source>answer one indicator (or part, or condition) and re-score</source>
            <translation>trả lời một chỉ tiêu (hoặc một phần, một điều kiện) rồi chấm lại</translation>
        </message>
        <message>
            <source>print Mẫu 01 or 02 (commune), 07 or 09 (upper level) as PDF</source>
            <translation>in Mẫu 01 hoặc 02 (cấp xã), 07 hoặc 09 (cấp trên) ra PDF</translation>
        </message>
        <message>
            <source>score the year's assessment again under the newest criteria version</source>
            <translation>chấm lại đánh giá của năm theo phiên bản bộ tiêu chí mới nhất</translation>
        </message>
        <message>
            <source>e.g. 2.2, 2.4.1, DK3</source>
            <translation>ví dụ 2.2, 2.4.1, DK3</translation>
        </message>
        <message>
            <source>yes/no, 12/15 (done/due), 2.5 (points), A,B (options), not_due</source>
            <translation>yes/no, 12/15 (đã làm/phải làm), 2.5 (điểm), A,B (lựa chọn), not_due</translation>
        </message>
        <message>
            <source>a file kept as evidence (by content hash)</source>
            <translation>một tệp lưu làm minh chứng (theo mã băm nội dung)</translation>
        </message>
        <message>
            <source>why a value differs from the log, or the figure's source</source>
            <translation>lý do số liệu khác sổ theo dõi, hoặc nguồn của số liệu</translation>
        </message>
        <message>
            <source>upper level: the commune it scores</source>
            <translation>cấp trên: xã được chấm</translation>
        </message>
        <message>
            <source>only the records of this unit (one under this installation)</source>
            <translation>chỉ các bản ghi của đơn vị này (một đơn vị thuộc máy này)</translation>
        </message>
        <message>
            <source>the records of every unit under this installation</source>
            <translation>bản ghi của mọi đơn vị thuộc máy này</translation>
        </message>
        <message>
            <source>the plans stored, with the share of their tasks done</source>
            <translation>các kế hoạch đã lưu, với tỷ lệ nhiệm vụ đã hoàn thành</translation>
        </message>
        <message>
            <source>a plan's tasks with their status today (or on --on)</source>
            <translation>các nhiệm vụ của một kế hoạch và tình trạng hôm nay (hoặc vào ngày --on)</translation>
        </message>
        <message>
            <source>check a plan file (.xlsx: sheets 'Kế hoạch' and 'Nhiệm vụ') and store it</source>
            <translation>kiểm tra tệp kế hoạch (.xlsx: các trang 'Kế hoạch' và 'Nhiệm vụ') rồi lưu</translation>
        </message>
        <message>
            <source>list the example plans, or store one (e.g. 164/KH-UBND) to take tasks from</source>
            <translation>liệt kê các kế hoạch mẫu, hoặc lưu một kế hoạch (ví dụ 164/KH-UBND) để lấy nhiệm vụ</translation>
        </message>
        <message>
            <source>the plan report (each task, deadline, status, activities) as PDF or .xlsx</source>
            <translation>báo cáo kế hoạch (từng nhiệm vụ, thời hạn, tình trạng, hoạt động) ra PDF hoặc .xlsx</translation>
        </message>
        <message>
            <source>the annual plan's figures of a year (on time, share done, outside the plan)</source>
            <translation>số liệu kế hoạch năm (đúng hạn, tỷ lệ hoàn thành, ngoài kế hoạch)</translation>
        </message>
        <message>
            <source>a year's PBGDPL budget and spending by form, target group and priority groups</source>
            <translation>kinh phí PBGDPL của năm: dự toán và chi theo hình thức, đối tượng và đối tượng đặc thù</translation>
        </message>
        <message>
            <source>also write the funding report (.pdf or .xlsx)</source>
            <translation>xuất thêm báo cáo kinh phí (.pdf hoặc .xlsx)</translation>
        </message>
        <message>
            <source>a .pdf or .xlsx file to write</source>
            <translation>tệp .pdf hoặc .xlsx để ghi ra</translation>
        </message>
        <message>
            <source>statuses on this day (default today)</source>
            <translation>tình trạng vào ngày này (mặc định hôm nay)</translation>
        </message>
        <message>
            <source>check and report, write nothing</source>
            <translation>kiểm tra và báo cáo, không ghi gì</translation>
        </message>
        <message>
            <source>the plan's number, e.g. 05/KH-UBND</source>
            <translation>số kế hoạch, ví dụ 05/KH-UBND</translation>
        </message>
        <message>
            <source>only plans whose period covers this year</source>
            <translation>chỉ các kế hoạch có thời gian bao gồm năm này</translation>
        </message>
        <message>
            <source>only this period</source>
            <translation>chỉ kỳ này</translation>
        </message>
        <message>
            <source>only this unit</source>
            <translation>chỉ đơn vị này</translation>
        </message>
        <message>
            <source>write the signed decision bundle for one unit (upper level)</source>
            <translation>xuất gói quyết định có ký số cho một đơn vị (cấp trên)</translation>
        </message>
        <message>
            <source>only the decisions on this period (default: all of the unit's)</source>
            <translation>chỉ các quyết định về kỳ này (mặc định: mọi quyết định của đơn vị)</translation>
        </message>
        <message>
            <source>folder to write to (default: the data folder's exports/)</source>
            <translation>thư mục để ghi ra (mặc định: exports/ trong thư mục dữ liệu)</translation>
        </message>
        <message>
            <source>what the unit must correct (shown on its screens)</source>
            <translation>nội dung đơn vị phải sửa (hiện trên màn hình của đơn vị)</translation>
        </message>
        <message>
            <source>the unit (commune) whose period is approved</source>
            <translation>đơn vị (xã) được duyệt báo cáo</translation>
        </message>
        <message>
            <source>2026, 2026-H1, 2026-Q3 or 2026-M05</source>
            <translation>2026, 2026-H1, 2026-Q3 hoặc 2026-M05</translation>
        </message>
        <message>
            <source>only rows with this status: not_received, received, nothing_to_report, approved, returned, changed_after_approval</source>
            <translation>chỉ các dòng có tình trạng: not_received, received, nothing_to_report, approved, returned, changed_after_approval</translation>
        </message>
        <message>
            <source>the expected units (search by code, name or alias, accents ignored)</source>
            <translation>các đơn vị phải báo cáo (tìm theo mã, tên hoặc tên khác, không cần dấu)</translation>
        </message>
        <message>
            <source>expect a unit (from the catalog, or by hand with --name)</source>
            <translation>thêm một đơn vị phải báo cáo (từ danh mục, hoặc nhập tay với --name)</translation>
        </message>
        <message>
            <source>bundles of an old code or name land on this unit</source>
            <translation>gói dữ liệu mang mã hoặc tên cũ được tính cho đơn vị này</translation>
        </message>
        <message>
            <source>no longer expect a unit after a day (default today)</source>
            <translation>thôi yêu cầu một đơn vị báo cáo từ một ngày (mặc định hôm nay)</translation>
        </message>
        <message>
            <source>show or set when a period's bundle is due (days after its end)</source>
            <translation>xem hoặc đặt hạn nộp gói dữ liệu của kỳ (số ngày sau khi kết thúc kỳ)</translation>
        </message>
        <message>
            <source>days after the period's end (negative: before)</source>
            <translation>số ngày sau khi kết thúc kỳ (số âm: trước đó)</translation>
        </message>
        <message>
            <source>the document that sets it</source>
            <translation>văn bản quy định</translation>
        </message>
        <message>
            <source>for a unit not in the catalog</source>
            <translation>cho đơn vị không có trong danh mục</translation>
        </message>
        <message>
            <source>expected from this day</source>
            <translation>phải báo cáo từ ngày này</translation>
        </message>
        <message>
            <source>district: an intermediate unit that relays its communes' bundles (needs --name; not counted in the rate)</source>
            <translation>huyện: đơn vị trung gian chuyển tiếp gói dữ liệu của các xã (cần --name; không tính vào tỷ lệ)</translation>
        </message>
        <message>
            <source>leave out retired units</source>
            <translation>bỏ qua các đơn vị đã thôi</translation>
        </message>
        <message>
            <source>print signer, time and integrity of each signature</source>
            <translation>in người ký, thời điểm ký và tính toàn vẹn của từng chữ ký</translation>
        </message>
        <message>
            <source>PEM/DER certificate to trust</source>
            <translation>chứng thư số (PEM/DER) được tin cậy</translation>
        </message>
        <message>
            <source>Write an official document of a period. The format follows --out (.pdf or .xlsx). 'report settings' shows or changes the agency lines, signer and recipients printed on documents.</source>
            <translation>Lập văn bản của một kỳ. Định dạng theo --out (.pdf hoặc .xlsx). 'report settings' xem hoặc sửa tên cơ quan, người ký và nơi nhận in trên văn bản.</translation>
        </message>
        <message>
            <source>activity-log, roster, summary, enrolment, roster-review (the review for the chairman), ttv-decision (recognition of the call --period YEAR), or settings</source>
            <translation>activity-log, roster, summary, enrolment, roster-review (rà soát trình Chủ tịch), ttv-decision (công nhận theo đợt --period NĂM), hoặc settings</translation>
        </message>
        <message>
            <source>2026, 2026-H1, 2026-Q3 or 2026-M05 (default: this year)</source>
            <translation>2026, 2026-H1, 2026-Q3 hoặc 2026-M05 (mặc định: năm nay)</translation>
        </message>
        <message>
            <source>FILE.pdf or FILE.xlsx</source>
            <translation>TỆP.pdf hoặc TỆP.xlsx</translation>
        </message>
        <message>
            <source>enrolment: the key fingerprint to print</source>
            <translation>enrolment: dấu vân tay khóa để in</translation>
        </message>
        <message>
            <source>summary: text of section II (đánh giá chung)</source>
            <translation>summary: nội dung mục II (đánh giá chung)</translation>
        </message>
        <message>
            <source>summary: text of section III (phương hướng)</source>
            <translation>summary: nội dung mục III (phương hướng)</translation>
        </message>
        <message>
            <source>settings: change one (\n for new lines)</source>
            <translation>settings: sửa một mục (\n để xuống dòng)</translation>
        </message>
        <message>
            <source>sign the PDF (PAdES)</source>
            <translation>ký số tệp PDF (PAdES)</translation>
        </message>
        <message>
            <source>certificate and key in a .p12/.pfx file</source>
            <translation>chứng thư số và khóa trong tệp .p12/.pfx</translation>
        </message>
        <message>
            <source>file holding the .p12 password</source>
            <translation>tệp chứa mật khẩu của tệp .p12</translation>
        </message>
        <message>
            <source>PKCS#11 module of the USB token (.so/.dll)</source>
            <translation>mô-đun PKCS#11 của USB token (.so/.dll)</translation>
        </message>
        <message>
            <source>file holding the token PIN</source>
            <translation>tệp chứa mã PIN của token</translation>
        </message>
        <message>
            <source>the signer's signature (blue, transparent PNG)</source>
            <translation>chữ ký của người ký (màu xanh, PNG nền trong)</translation>
        </message>
        <message>
            <source>the seal (red, transparent PNG)</source>
            <translation>con dấu (màu đỏ, PNG nền trong)</translation>
        </message>
        <message>
            <source>write the signed bundle of a period; prints its path</source>
            <translation>xuất gói dữ liệu có ký số của một kỳ; in đường dẫn tệp</translation>
        </message>
        <message>
            <source>check a bundle completely without changing any database</source>
            <translation>kiểm tra toàn bộ một gói dữ liệu mà không thay đổi cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>verify and import bundles (each all or nothing)</source>
            <translation>kiểm tra và nhập các gói dữ liệu (mỗi gói nhập trọn vẹn hoặc không nhập gì)</translation>
        </message>
        <message>
            <source>list records received in two different versions</source>
            <translation>liệt kê các bản ghi nhận được ở hai phiên bản khác nhau</translation>
        </message>
        <message>
            <source>resolve a conflict: keep mine or take theirs</source>
            <translation>giải quyết xung đột: giữ bản của mình hoặc lấy bản nhận được</translation>
        </message>
        <message>
            <source>bundles received per unit, with missing sequence numbers</source>
            <translation>các gói đã nhận theo đơn vị, kèm các số thứ tự còn thiếu</translation>
        </message>
        <message>
            <source>upper level: write a signed restore file giving a unit back the bundles received from it (khôi phục dữ liệu)</source>
            <translation>cấp trên: xuất tệp khôi phục có ký số, trả lại cho đơn vị các gói đã nhận từ đơn vị đó (khôi phục dữ liệu)</translation>
        </message>
        <message>
            <source>take this unit's own records back from the upper level's restore file</source>
            <translation>lấy lại bản ghi của đơn vị mình từ tệp khôi phục của cấp trên</translation>
        </message>
        <message>
            <source>show what would change, write nothing</source>
            <translation>cho biết những gì sẽ thay đổi, không ghi gì</translation>
        </message>
        <message>
            <source>resolved ones too</source>
            <translation>cả những xung đột đã giải quyết</translation>
        </message>
        <message>
            <source>make this installation's Ed25519 signing key</source>
            <translation>tạo khóa ký số Ed25519 của máy này</translation>
        </message>
        <message>
            <source>show this installation's key fingerprint</source>
            <translation>hiện dấu vân tay khóa của máy này</translation>
        </message>
        <message>
            <source>copy the private key to a backup file</source>
            <translation>sao khóa bí mật ra tệp dự phòng</translation>
        </message>
        <message>
            <source>print the enrolment sheet (PDF) with the fingerprint and its QR code</source>
            <translation>in phiếu đăng ký khóa (PDF) có dấu vân tay và mã QR</translation>
        </message>
        <message>
            <source>enrol a unit's key (from its signed enrolment sheet)</source>
            <translation>đăng ký khóa của một đơn vị (theo phiếu đăng ký đã ký)</translation>
        </message>
        <message>
            <source>revoke a unit's key: none of its bundles is accepted any more</source>
            <translation>thu hồi khóa của một đơn vị: không nhận gói nào ký bằng khóa đó nữa</translation>
        </message>
        <message>
            <source>the trust list</source>
            <translation>danh sách khóa tin cậy</translation>
        </message>
        <message>
            <source>the unit code (taken from --qr when it is scanned)</source>
            <translation>mã đơn vị (lấy từ --qr khi quét mã)</translation>
        </message>
        <message>
            <source>as on the enrolment sheet: 13 groups of 5 (the fifth is a check character); an older sheet's 52 characters are accepted with a warning; spaces, dashes and lower case allowed</source>
            <translation>như trên phiếu đăng ký: 13 nhóm 5 ký tự (ký tự thứ năm để kiểm tra); 52 ký tự của phiếu cũ vẫn được nhận kèm cảnh báo; được gõ dấu cách, gạch ngang và chữ thường</translation>
        </message>
        <message>
            <source>the line the sheet's QR code holds (PBGDPL1:UNIT:FINGERPRINT:OFFICER)</source>
            <translation>dòng chữ trong mã QR của phiếu (PBGDPL1:ĐƠN_VỊ:DẤU_VÂN_TAY:NGƯỜI_PHỤ_TRÁCH)</translation>
        </message>
        <message>
            <source>replace the unit's current key (the old computer's key: see --old-key)</source>
            <translation>thay khóa hiện tại của đơn vị (khóa của máy cũ: xem --old-key)</translation>
        </message>
        <message>
            <source>with --rotate: 'revoke' when the old computer is gone (nothing it signed is accepted any more), 'keep' when it is still with the unit (files it already wrote are read, never overriding the new computer's records); asked when not given and the command runs in a terminal</source>
            <translation>dùng với --rotate: 'revoke' khi máy cũ không còn (không nhận gì máy đó đã ký nữa), 'keep' khi đơn vị vẫn giữ máy cũ (vẫn đọc các tệp máy đó đã ghi, không bao giờ đè lên bản ghi của máy mới); nếu không ghi và lệnh chạy trong cửa sổ dòng lệnh thì sẽ hỏi</translation>
        </message>
        <message>
            <source>store the private key WITHOUT a passphrase (only if you mean it)</source>
            <translation>lưu khóa bí mật KHÔNG có mật khẩu (chỉ khi thật sự muốn vậy)</translation>
        </message>
        <message>
            <source>make a new key although one exists (enrol it upstairs again)</source>
            <translation>tạo khóa mới dù đã có khóa (phải đăng ký lại với cấp trên)</translation>
        </message>
        <message>
            <source>check a whole file, then add or update its rows</source>
            <translation>kiểm tra cả tệp, rồi thêm hoặc cập nhật các dòng</translation>
        </message>
        <message>
            <source>write every record, with its id, to a file</source>
            <translation>ghi mọi bản ghi, kèm mã, ra tệp</translation>
        </message>
        <message>
            <source>.xlsx, .csv or .json file to write</source>
            <translation>tệp .xlsx, .csv hoặc .json để ghi ra</translation>
        </message>
        <message>
            <source>.xlsx, .csv or .json file</source>
            <translation>tệp .xlsx, .csv hoặc .json</translation>
        </message>
        <message>
            <source>import the good rows even when some rows are bad</source>
            <translation>nhập các dòng đúng dù có dòng bị lỗi</translation>
        </message>
        <message>
            <source>sheet to read (default: the first one recognised)</source>
            <translation>trang tính cần đọc (mặc định: trang đầu tiên nhận ra được)</translation>
        </message>
        <message>
            <source>only this period: 2026, 2026-H1, 2026-Q3, 2026-M05</source>
            <translation>chỉ kỳ này: 2026, 2026-H1, 2026-Q3, 2026-M05</translation>
        </message>
        <message>
            <source>different seeds give different communes</source>
            <translation>mỗi số khác nhau cho một xã mẫu khác nhau</translation>
        </message>
        <message>
            <source>commune code (default: chosen by the seed in Thái Nguyên)</source>
            <translation>mã xã (mặc định: chọn theo số mẫu, trong tỉnh Thái Nguyên)</translation>
        </message>
        <message>
            <source>official code of the commune (ward) or province</source>
            <translation>mã chính thức của xã (phường) hoặc tỉnh</translation>
        </message>
        <message>
            <source>name of the officer in charge</source>
            <translation>họ tên người phụ trách</translation>
        </message>
        <message>
            <source>officer's title, e.g. 'Công chức Tư pháp - Hộ tịch'</source>
            <translation>chức danh của người phụ trách, ví dụ 'Công chức Tư pháp - Hộ tịch'</translation>
        </message>
        <message>
            <source>unit name (districts only: they are entered by hand)</source>
            <translation>tên đơn vị (chỉ cấp huyện: nhập tay)</translation>
        </message>
        <message>
            <source>hand a set-up folder over to another officer</source>
            <translation>bàn giao thư mục đã thiết lập cho cán bộ khác</translation>
        </message>
        <message>
            <source>districts only: the parent province (required)</source>
            <translation>chỉ cấp huyện: tỉnh trực thuộc (bắt buộc)</translation>
        </message>
        <message>
            <source>districts only: the member communes, expected to report to it</source>
            <translation>chỉ cấp huyện: các xã trực thuộc, phải báo cáo về huyện</translation>
        </message>
        <message>
            <source>copies of the database: list, create, restore</source>
            <translation>các bản sao cơ sở dữ liệu: liệt kê, tạo, khôi phục</translation>
        </message>
        <message>
            <source>the audit log</source>
            <translation>nhật ký kiểm tra (audit)</translation>
        </message>
        <message>
            <source>check the hash chain; name the first broken entry</source>
            <translation>kiểm tra chuỗi băm; chỉ ra mục đầu tiên bị hỏng</translation>
        </message>
        <message>
            <source>the copies in backups/, newest first, and their total size</source>
            <translation>các bản sao trong backups/, mới nhất trước, và tổng dung lượng</translation>
        </message>
        <message>
            <source>make a checked copy now</source>
            <translation>tạo ngay một bản sao đã kiểm tra</translation>
        </message>
        <message>
            <source>replace the database with a copy (the current one is kept first)</source>
            <translation>thay cơ sở dữ liệu bằng một bản sao (bản hiện tại được giữ lại trước)</translation>
        </message>
        <message>
            <source>a copy from 'pbgdpl backup list'</source>
            <translation>một bản sao trong 'pbgdpl backup list'</translation>
        </message>
        <message>
            <source>do it (without it: only say what would be lost)</source>
            <translation>thực hiện (không có tùy chọn này: chỉ cho biết sẽ mất gì)</translation>
        </message>
        <message>
            <source>also write birth dates, phone and ID numbers (left out unless asked for)</source>
            <translation>ghi cả ngày sinh, số điện thoại và số định danh (mặc định không ghi)</translation>
        </message>
        <message>
            <source>print Mẫu 01 or 02 (commune), 07, 09 or 10 (upper level) as PDF</source>
            <translation>in Mẫu 01 hoặc 02 (cấp xã), 07, 09 hoặc 10 (cấp trên) ra PDF</translation>
        </message>
        <message>
            <source>the year's assessment calendar; --step CODE --date D keeps a date the data leaves open</source>
            <translation>lịch đánh giá của năm; --step MÃ --date NGÀY ghi lại ngày mà dữ liệu chưa cho biết</translation>
        </message>
        <message>
            <source>only say what would change (nothing is stored)</source>
            <translation>chỉ cho biết sẽ thay đổi gì (không lưu gì)</translation>
        </message>
        <message>
            <source>e.g. FILE</source>
            <translation>ví dụ TỆP</translation>
        </message>
        <message>
            <source>the date to keep; empty (--date '') clears it</source>
            <translation>ngày cần ghi; để trống (--date '') thì xóa</translation>
        </message>
        <message>
            <source>yes/no, 12/15 (done/due), 2.5 (points), A,B (options), not_due; leave out to only add --evidence to the answer as it stands</source>
            <translation>yes/no, 12/15 (đã làm/phải làm), 2.5 (điểm), A,B (phương án), not_due; bỏ trống để chỉ thêm --evidence vào câu trả lời hiện có</translation>
        </message>
        <message>
            <source>sign again with a key backup (a reinstalled computer keeps its enrolled key)</source>
            <translation>ký lại bằng bản sao lưu khóa (máy cài lại giữ khóa đã đăng ký với cấp trên)</translation>
        </message>
        <message>
            <source>the backup's passphrase from the first line of FILE (or set $PBGDPL_PASSPHRASE)</source>
            <translation>mật khẩu của bản sao lưu, lấy từ dòng đầu của TỆP (hoặc đặt $PBGDPL_PASSPHRASE)</translation>
        </message>
        <message>
            <source>sign with the backup's key although this installation has another key</source>
            <translation>ký bằng khóa trong bản sao lưu dù máy này đang có khóa khác</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>cách dùng: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>tham số bắt buộc theo thứ tự</translation>
        </message>
        <message>
            <source>options</source>
            <translation>tùy chọn</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>thiếu các tham số bắt buộc: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>tham số không nhận ra: %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>cần đúng một giá trị</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>tham số %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>không dùng cùng với tham số %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>cần một trong các tham số %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>giá trị %(type)s không hợp lệ: %(value)r</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>tùy chọn chưa rõ: %(option)s có thể là %(matches)s</translation>
        </message>
    </context>
</TS>