<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="81"/>
        <source>New activity (copy)</source>
        <translation>Hoạt động mới (bản sao)</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="83"/>
        <source>New activity</source>
        <translation>Hoạt động mới</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="85"/>
        <source>Activity of {date}</source>
        <translation>Hoạt động ngày {date}</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="89"/>
        <source>Save the activity first; then it can be copied as a new one</source>
        <translation>Hãy lưu hoạt động trước; sau đó mới nhân bản thành hoạt động mới được</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="108"/>
        <source>What was disseminated, e.g. Phổ biến Luật Đất đai năm 2024</source>
        <translation>Nội dung phổ biến, ví dụ: Phổ biến Luật Đất đai năm 2024</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="110"/>
        <source>Laws or topics, separated by ;</source>
        <translation>Luật hoặc chủ đề, cách nhau bằng dấu ;</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="115"/>
        <source>Hamlet, residential group, hall…</source>
        <translation>Thôn, tổ dân phố, hội trường…</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="118"/>
        <source>The task of a plan this activity carries out (its progress comes from its activities)</source>
        <translation>Nhiệm vụ trong kế hoạch mà hoạt động này thực hiện (tiến độ của nhiệm vụ tính từ các hoạt động)</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="119"/>
        <source>Filter forms…</source>
        <translation>Lọc hình thức…</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="125"/>
        <source>Filter target groups…</source>
        <translation>Lọc đối tượng…</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="135"/>
        <source>Other groups, separated by ;</source>
        <translation>Đối tượng khác, cách nhau bằng dấu ;</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="144"/>
        <source>Find a reporter…</source>
        <translation>Tìm báo cáo viên, tuyên truyền viên…</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="162"/>
        <source>Attach a file…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="163"/>
        <source>Photos, minutes or PDFs; each file is stored once in the data folder</source>
        <translation>Ảnh, biên bản hoặc PDF; mỗi tệp chỉ lưu một lần trong thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="166"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="167"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="169"/>
        <source>Laws and topics</source>
        <translation>Luật, chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="170"/>
        <source>Forms</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="172"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="174"/>
        <source>Organiser</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="175"/>
        <source>Task of the plan</source>
        <translation>Nhiệm vụ trong kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="177"/>
        <source>Target groups</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="179"/>
        <source>Other groups</source>
        <translation>Đối tượng khác</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="181"/>
        <source>Participants</source>
        <translation>Số người tham dự</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="182"/>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="183"/>
        <source>Ethnic minority</source>
        <translation>Người DTTS</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="184"/>
        <source>Materials handed out</source>
        <translation>Tài liệu phát hành</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="187"/>
        <source>Cost</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="189"/>
        <source>Reporters</source>
        <translation>Báo cáo viên, tuyên truyền viên</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="191"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="194"/>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="195"/>
        <source>&amp;Content:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="196"/>
        <source>&amp;Laws, topics:</source>
        <translation>&amp;Luật, chủ đề:</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="197"/>
        <source>&amp;Place:</source>
        <translation>Địa đ&amp;iểm:</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="198"/>
        <source>&amp;Organiser:</source>
        <translation>Đơn vị &amp;chủ trì:</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="199"/>
        <source>Tas&amp;k of the plan:</source>
        <translation>Nhiệm &amp;vụ kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="201"/>
        <source>Participants:</source>
        <translation>Số người tham dự:</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="203"/>
        <source>Of whom women:</source>
        <translation>Trong đó nữ:</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="205"/>
        <source>Ethnic minority:</source>
        <translation>Người DTTS:</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="481"/>
        <source>No file yet. Click “Attach a file…” to add photos, minutes or PDFs.</source>
        <translation>Chưa có tệp nào. Bấm “Đính kèm tệp…” để thêm ảnh, biên bản hoặc tệp PDF.</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="207"/>
        <source>Materials:</source>
        <translation>Tài liệu:</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="212"/>
        <source>Cost:</source>
        <translation>Kinh phí:</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="215"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="219"/>
        <source>Attachments:</source>
        <translation>Tệp đính kèm:</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="221"/>
        <source>Forms (at least one)</source>
        <translation>Hình thức (ít nhất một)</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="222"/>
        <source>Target groups (★ priority groups of the Law)</source>
        <translation>Đối tượng (★ đối tượng đặc thù theo Luật)</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="226"/>
        <source>Reporters and propagandists</source>
        <translation>Báo cáo viên, tuyên truyền viên</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="246"/>
        <location filename="../../app/gui/activity_editor.py" line="272"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="247"/>
        <location filename="../../app/gui/activity_editor.py" line="274"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="248"/>
        <source>D&amp;uplicate as new</source>
        <translation>&amp;Nhân bản thành hoạt động mới</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="249"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="251"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="252"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Hoàn tác (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="253"/>
        <source>Redo (Ctrl+Y)</source>
        <translation>Làm lại (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="254"/>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="276"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="414"/>
        <source>This activity belongs to {unit}; only that unit can change it. It is shown read-only.</source>
        <translation>Hoạt động này thuộc {unit}; chỉ đơn vị đó được sửa. Ở đây chỉ xem, không sửa được.</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="457"/>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="459"/>
        <source>Photos, documents and PDFs (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.odt);;All files (*)</source>
        <translation>Ảnh, văn bản và PDF (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.odt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_editor.py" line="479"/>
        <source>{name} (not saved yet)</source>
        <translation>{name} (chưa lưu)</translation>
    </message>
</context>
<context>
    <name>ActivityLogScreen</name>
    <message>
        <location filename="../../app/gui/activity_log.py" line="78"/>
        <source>Search content, place, laws… (accents not needed)</source>
        <translation>Tìm nội dung, địa điểm, luật… (không cần gõ dấu)</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="78"/>
        <source>Search content, place, laws…</source>
        <translation>Tìm nội dung, địa điểm, luật…</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="80"/>
        <source>Search activities</source>
        <translation>Tìm hoạt động</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="87"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="88"/>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="89"/>
        <source>Target group</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="90"/>
        <source>Reporter</source>
        <translation>Báo cáo viên, tuyên truyền viên</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="91"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="96"/>
        <source>&amp;New activity</source>
        <translation>&amp;Thêm hoạt động</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="97"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="98"/>
        <source>D&amp;uplicate as new</source>
        <translation>&amp;Nhân bản thành hoạt động mới</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="99"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="100"/>
        <source>New activity (Ctrl+N)</source>
        <translation>Thêm hoạt động (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="101"/>
        <source>Delete the selected activity (Delete)</source>
        <translation>Xóa hoạt động đang chọn (Delete)</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="120"/>
        <source>Right-click to choose the columns shown</source>
        <translation>Bấm chuột phải để chọn các cột hiển thị</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="133"/>
        <source>PBGDPL activities</source>
        <translation>Hoạt động PBGDPL</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="170"/>
        <source>New activity</source>
        <translation>Hoạt động mới</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="78"/>
        <location filename="../../app/gui/activity_log.py" line="171"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="172"/>
        <location filename="../../app/gui/activity_log.py" line="482"/>
        <location filename="../../app/gui/activity_log.py" line="497"/>
        <source>Delete activity</source>
        <translation>Xóa hoạt động</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="176"/>
        <source>Duplicate as new</source>
        <translation>Nhân bản thành hoạt động mới</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="208"/>
        <source>Last 12 months</source>
        <translation>12 tháng gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="210"/>
        <source>Year {year}</source>
        <translation>Năm {year}</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="212"/>
        <source>Half-year {n}/{year}</source>
        <translation>6 tháng lần {n}/{year}</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="214"/>
        <source>Quarter {n}/{year}</source>
        <translation>Quý {n}/{year}</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="215"/>
        <source>All periods</source>
        <translation>Mọi kỳ</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="216"/>
        <source>All forms</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="220"/>
        <source>All target groups</source>
        <translation>Mọi đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="233"/>
        <source>All reporters</source>
        <translation>Mọi báo cáo viên, tuyên truyền viên</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="235"/>
        <source>All places</source>
        <translation>Mọi địa điểm</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="393"/>
        <source>{count} activities shown · {participants} participants (women {women}, ethnic minority {em}) · {materials} materials · cost {cost}</source>
        <translation>Đang hiện {count} hoạt động · {participants} lượt người tham dự (nữ {women}, người DTTS {em}) · {materials} tài liệu · kinh phí {cost}</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="483"/>
        <source>This activity belongs to {unit}; only that unit can change or delete it.</source>
        <translation>Hoạt động này thuộc {unit}; chỉ đơn vị đó được sửa hoặc xóa.</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_log.py" line="498"/>
        <source>Delete the activity “{title}”? It will no longer be counted in reports.</source>
        <translation>Xóa hoạt động “{title}”? Hoạt động này sẽ không còn được tính trong báo cáo.</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../app/gui/activity_model.py" line="85"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_model.py" line="86"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_model.py" line="87"/>
        <source>Forms</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_model.py" line="88"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_model.py" line="89"/>
        <source>Target groups</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_model.py" line="90"/>
        <source>Participants</source>
        <translation>Người tham dự</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_model.py" line="91"/>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_model.py" line="92"/>
        <source>Materials</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_model.py" line="93"/>
        <source>Cost</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_model.py" line="94"/>
        <source>Reporters</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_model.py" line="95"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_model.py" line="439"/>
        <source>Laws, topics</source>
        <translation>Luật, chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_model.py" line="441"/>
        <source>Organised by</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_model.py" line="442"/>
        <source>Other groups</source>
        <translation>Đối tượng khác</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_model.py" line="443"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/gui/activity_model.py" line="449"/>
        <source>Found in</source>
        <translation>Tìm thấy ở</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="44"/>
        <source>Approved on {date} by {who}</source>
        <translation>Đã duyệt ngày {date}, người duyệt: {who}</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="46"/>
        <source>the data changed after approval: approve it again</source>
        <translation>dữ liệu đã thay đổi sau khi duyệt: cần duyệt lại</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="48"/>
        <source>Returned on {date}: {reason}</source>
        <translation>Đã trả lại ngày {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="50"/>
        <source>corrected data has arrived since</source>
        <translation>đã nhận dữ liệu sửa sau đó</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="62"/>
        <source>Approve or return</source>
        <translation>Duyệt hoặc trả lại</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="66"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="67"/>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="68"/>
        <source>no. {seq}, written {written}, received {received}</source>
        <translation>số {seq}, lập ngày {written}, nhận ngày {received}</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="71"/>
        <source>Data file judged:</source>
        <translation>Tệp dữ liệu được xét:</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="73"/>
        <source>{activities} activities, {reporters} reporters, {attachments} attachments</source>
        <translation>{activities} hoạt động, {reporters} báo cáo viên/tuyên truyền viên, {attachments} tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="77"/>
        <source>Records:</source>
        <translation>Số bản ghi:</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="78"/>
        <source>not decided yet</source>
        <translation>chưa xét</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="80"/>
        <source>Current decision:</source>
        <translation>Quyết định hiện tại:</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="83"/>
        <source>What the unit must correct (required to return)</source>
        <translation>Đơn vị cần sửa gì (bắt buộc khi trả lại)</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="85"/>
        <source>&amp;Reason for returning:</source>
        <translation>&amp;Lý do trả lại:</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="89"/>
        <source>&amp;Approve</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="90"/>
        <source>Re&amp;turn for correction</source>
        <translation>&amp;Trả lại để sửa</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="100"/>
        <source>The decision is sent to the unit in a signed file (Send decisions to the unit).</source>
        <translation>Quyết định được gửi xuống đơn vị bằng một tệp có chữ ký số (nút Gửi quyết định cho đơn vị).</translation>
    </message>
</context>
<context>
    <name>AssessmentScreen</name>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="49"/>
        <location filename="../../app/gui/assessment_screen.py" line="180"/>
        <source>Recognised</source>
        <translation>Đạt chuẩn</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="50"/>
        <source>Not recognised</source>
        <translation>Chưa đạt chuẩn</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="51"/>
        <source>Not enough information yet</source>
        <translation>Chưa đủ thông tin</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="52"/>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="61"/>
        <source>Total {total} points is below the {min} required</source>
        <translation>Tổng {total} điểm, thấp hơn mức {min} điểm phải đạt</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="63"/>
        <source>Total so far {total} points; {min} required</source>
        <translation>Tổng điểm hiện có {total}; phải đạt {min}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="66"/>
        <source>{code}: {points} of {max} points, below {share}% of its maximum</source>
        <translation>{code}: {points}/{max} điểm, dưới {share}% số điểm tối đa</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="70"/>
        <source>{code}: the condition does not hold</source>
        <translation>{code}: không đáp ứng điều kiện</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="74"/>
        <source>{code}: {rate}% reached, not met</source>
        <translation>{code}: đạt {rate}%, không đạt</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="75"/>
        <source>{code}: not met</source>
        <translation>{code}: không đạt</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="77"/>
        <source>{code}: the points are not known in this criteria version (the province can send them)</source>
        <translation>{code}: phiên bản bộ tiêu chí này chưa có số điểm (cấp tỉnh có thể gửi bổ sung)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="78"/>
        <source>{code}: not answered yet</source>
        <translation>{code}: chưa trả lời</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="107"/>
        <source>Legal access standard (chuẩn tiếp cận pháp luật)</source>
        <translation>Chuẩn tiếp cận pháp luật</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="111"/>
        <source>Evaluation year</source>
        <translation>Năm đánh giá</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="116"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="121"/>
        <location filename="../../app/gui/assessment_screen.py" line="180"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="123"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="145"/>
        <source>Attach &amp;evidence…</source>
        <translation>Đính kèm &amp;minh chứng…</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="146"/>
        <source>Keep a file (minutes, decision, signed PDF) as evidence of the chosen indicator</source>
        <translation>Lưu một tệp (biên bản, quyết định, PDF đã ký số) làm minh chứng cho chỉ tiêu đang chọn</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="147"/>
        <source>&amp;Re-score under the newer version…</source>
        <translation>&amp;Chấm lại theo phiên bản mới…</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="148"/>
        <source>Import a criteria &amp;update…</source>
        <translation>Nhận &amp;bản cập nhật bộ tiêu chí…</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="149"/>
        <source>A signed criteria file from the upper level (points filled in or corrected)</source>
        <translation>Tệp bộ tiêu chí có chữ ký số do cấp trên gửi (bổ sung hoặc sửa số điểm)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="150"/>
        <source>Source of the &amp;figure…</source>
        <translation>Ng&amp;uồn số liệu…</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="151"/>
        <source>Where a figure the log does not hold comes from (e.g. the mediation book), kept with the answer</source>
        <translation>Số liệu không có trong nhật ký lấy từ đâu (ví dụ sổ theo dõi hòa giải), lưu cùng câu trả lời</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="152"/>
        <source>Assessment ca&amp;lendar…</source>
        <translation>&amp;Lịch đánh giá…</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="153"/>
        <source>Type the date of a step the criteria set leaves without one (from the upper level&apos;s letter)</source>
        <translation>Nhập ngày của một bước mà bộ tiêu chí chưa quy định (theo văn bản của cấp trên)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="154"/>
        <source>Pr&amp;int a form…</source>
        <translation>&amp;In biểu mẫu…</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="155"/>
        <source>Mẫu 01, 02 (commune); 07 (the upper level&apos;s scoring of a commune); 09, 10 (all communes) as PDF</source>
        <translation>Mẫu 01, 02 (cấp xã); 07 (cấp trên chấm điểm một xã); 09, 10 (tất cả các xã) ra tệp PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="164"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="164"/>
        <source>Criterion / indicator</source>
        <translation>Tiêu chí / chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="164"/>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="164"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="164"/>
        <source>From the log / commune</source>
        <translation>Từ nhật ký / của xã</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="165"/>
        <source>Criteria and indicators</source>
        <translation>Tiêu chí và chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="180"/>
        <source>Self-assessment</source>
        <translation>Xã tự đánh giá</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="180"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="180"/>
        <source>Upper level&apos;s scoring</source>
        <translation>Cấp trên chấm</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="181"/>
        <source>Communes side by side</source>
        <translation>Các xã cạnh nhau</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="191"/>
        <source>Why, and what is missing</source>
        <translation>Lý do và những gì còn thiếu</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="243"/>
        <source>All communes</source>
        <translation>Tất cả các xã</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="260"/>
        <source>Not scored</source>
        <translation>Chưa chấm</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="277"/>
        <source>Press Enter on a commune to see its scoring and to score it.</source>
        <translation>Nhấn Enter trên một xã để xem và chấm điểm xã đó.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="280"/>
        <source>Recognised:</source>
        <translation>Đạt chuẩn:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="281"/>
        <source>Not recognised / not complete:</source>
        <translation>Chưa đạt / chưa đủ thông tin:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="285"/>
        <source>By indicator (the communes&apos; self-assessments):</source>
        <translation>Theo chỉ tiêu (xã tự đánh giá):</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="306"/>
        <source>Source: {source} · certainty: {certainty}</source>
        <translation>Nguồn: {source} · mức tin cậy: {certainty}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="311"/>
        <source>done/due, e.g. 12/15; or the points</source>
        <translation>đã làm/phải làm, ví dụ 12/15; hoặc số điểm</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="320"/>
        <source>Conditions</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="370"/>
        <source>Source: {reason}</source>
        <translation>Nguồn: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="492"/>
        <source>Calendar:</source>
        <translation>Lịch đánh giá:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="493"/>
        <source>(typed here)</source>
        <translation>(do cán bộ nhập)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="529"/>
        <source>Attach evidence</source>
        <translation>Đính kèm minh chứng</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="529"/>
        <source>Choose an indicator in the list first (arrow keys), then attach its evidence.</source>
        <translation>Hãy chọn một chỉ tiêu trong danh sách trước (dùng phím mũi tên), rồi đính kèm minh chứng của chỉ tiêu đó.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="531"/>
        <source>Evidence for {code}</source>
        <translation>Minh chứng cho chỉ tiêu {code}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="531"/>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xlsx);;All files (*)</source>
        <translation>Tài liệu (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="547"/>
        <location filename="../../app/gui/assessment_screen.py" line="550"/>
        <source>Source of the figure</source>
        <translation>Nguồn số liệu</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="547"/>
        <source>Choose an indicator in the list first (arrow keys).</source>
        <translation>Hãy chọn một chỉ tiêu trong danh sách trước (dùng phím mũi tên).</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="550"/>
        <source>Where does the figure of {code} come from?</source>
        <translation>Số liệu của chỉ tiêu {code} lấy từ đâu?</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="567"/>
        <source>Re-score the assessment under version {new} (it was made under {old})?</source>
        <translation>Chấm lại kết quả đánh giá theo phiên bản {new} (đã chấm theo phiên bản {old})?</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="568"/>
        <source>Now: {result}</source>
        <translation>Hiện nay: {result}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="569"/>
        <source>After: {result}</source>
        <translation>Sau khi chấm lại: {result}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="572"/>
        <source>What changes:</source>
        <translation>Những gì thay đổi:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="575"/>
        <source>No figure changes; only the version is recorded.</source>
        <translation>Không có số liệu nào thay đổi; chỉ ghi nhận phiên bản mới.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="582"/>
        <source>Re-score</source>
        <translation>Chấm lại</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="595"/>
        <location filename="../../app/gui/assessment_screen.py" line="609"/>
        <source>Criteria update</source>
        <translation>Cập nhật bộ tiêu chí</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="595"/>
        <source>Criteria updates (*.pbgdpl-catalog *.json);;All files (*)</source>
        <translation>Bản cập nhật bộ tiêu chí (*.pbgdpl-catalog *.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="603"/>
        <source>{set} version {version} received</source>
        <translation>Đã nhận {set} phiên bản {version}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="603"/>
        <source>{set} version {version} is already here, unchanged</source>
        <translation>{set} phiên bản {version} đã có, không thay đổi</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="605"/>
        <source>Signed by unit {unit}.</source>
        <translation>Ký bởi đơn vị {unit}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="607"/>
        <source>Points still unknown in this version: {codes}</source>
        <translation>Số điểm còn chưa biết trong phiên bản này: {codes}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="608"/>
        <source>Assessments already made keep their version until they are re-scored.</source>
        <translation>Các kết quả đánh giá đã có giữ nguyên phiên bản cũ cho đến khi được chấm lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="614"/>
        <source>no schedule yet</source>
        <translation>chưa có lịch</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="629"/>
        <location filename="../../app/gui/assessment_screen.py" line="632"/>
        <location filename="../../app/gui/assessment_screen.py" line="636"/>
        <source>Assessment calendar</source>
        <translation>Lịch đánh giá</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="629"/>
        <source>The criteria set has no step for this level.</source>
        <translation>Bộ tiêu chí không có bước nào cho cấp này.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="632"/>
        <source>Step of {year}:</source>
        <translation>Bước của năm {year}:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="636"/>
        <source>Date of “{name}” (dd/mm/yyyy; empty: no date):</source>
        <translation>Ngày của “{name}” (dd/mm/yyyy; để trống: không có ngày):</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="657"/>
        <source>Mẫu {form}: {name}</source>
        <translation>Mẫu {form}: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="658"/>
        <source>Print a form</source>
        <translation>In biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="658"/>
        <source>Form:</source>
        <translation>Biểu mẫu:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="664"/>
        <source>Save the form</source>
        <translation>Lưu biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="664"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="261"/>
        <location filename="../../app/gui/assessment_screen.py" line="334"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="261"/>
        <location filename="../../app/gui/assessment_screen.py" line="335"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="269"/>
        <source>{year}: no commune is expected and none has an assessment (see the list of expected units)</source>
        <translation>Năm {year}: không có xã nào trong danh sách đơn vị phải báo cáo và chưa có bản đánh giá nào (xem danh sách đơn vị)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="272"/>
        <source>{year}: {units} communes — {sent} sent a self-assessment, {not_sent} not sent; {yes} recognised, {no} not recognised, {open} not yet complete</source>
        <translation>Năm {year}: {units} xã — {sent} đã gửi tự đánh giá, {not_sent} chưa gửi; {yes} đạt chuẩn, {no} chưa đạt chuẩn, {open} chưa đủ thông tin</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="282"/>
        <source>Not sent:</source>
        <translation>Chưa gửi:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="342"/>
        <source>done/due, e.g. 12/15</source>
        <translation>đã làm/phải làm, ví dụ 12/15</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="343"/>
        <source>points, e.g. 2,5</source>
        <translation>số điểm, ví dụ 2,5</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="344"/>
        <source>codes, comma-separated</source>
        <translation>các mã, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="352"/>
        <source>Answer {code}</source>
        <translation>Trả lời {code}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="366"/>
        <source>Typed by {who} on {when}</source>
        <translation>{who} nhập ngày {when}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="368"/>
        <source>The log gives: {text}</source>
        <translation>Nhật ký cho: {text}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="370"/>
        <source>Reason: {reason}</source>
        <translation>Lý do: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="372"/>
        <source>{n} evidence file(s)</source>
        <translation>{n} tệp minh chứng</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="378"/>
        <source>intact</source>
        <translation>nguyên vẹn</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="378"/>
        <source>CHANGED after signing</source>
        <translation>ĐÃ BỊ SỬA sau khi ký</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="379"/>
        <source>{file}: signed by {signer} on {when}, {state}</source>
        <translation>{file}: ký bởi {signer} ngày {when}, {state}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="382"/>
        <source>Commune: {value}</source>
        <translation>Xã: {value}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="407"/>
        <source>Reason for the change</source>
        <translation>Lý do thay đổi</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="408"/>
        <source>The log gives: {value}
Why is the value different?</source>
        <translation>Nhật ký cho kết quả: {value}
Vì sao giá trị khác?</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="451"/>
        <source>Result {year}: {status}</source>
        <translation>Kết quả năm {year}: {status}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="453"/>
        <location filename="../../app/gui/assessment_screen.py" line="564"/>
        <source>total {total} points</source>
        <translation>tổng {total} điểm</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="455"/>
        <source>the upper level&apos;s scoring of {unit}</source>
        <translation>cấp trên chấm điểm {unit}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="457"/>
        <source>self-assessment: {status}</source>
        <translation>xã tự đánh giá: {status}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="459"/>
        <source>Criteria: {name}, version {version}</source>
        <translation>Bộ tiêu chí: {name}, phiên bản {version}</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="461"/>
        <source>a newer version {version} is known (re-score to use it)</source>
        <translation>đã có phiên bản mới {version} (chấm lại để áp dụng)</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="464"/>
        <source>&amp;Re-score under version {version}…</source>
        <translation>&amp;Chấm lại theo phiên bản {version}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="467"/>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="467"/>
        <source>not met</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="482"/>
        <source>holds</source>
        <translation>đáp ứng</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="482"/>
        <source>does not hold</source>
        <translation>không đáp ứng</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="485"/>
        <source>Not recognised because:</source>
        <translation>Chưa đạt chuẩn vì:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assessment_screen.py" line="488"/>
        <source>Still missing ({n}):</source>
        <translation>Còn thiếu ({n}):</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../app/gui/charts.py" line="68"/>
        <source>No activities in this period</source>
        <translation>Không có hoạt động trong kỳ này</translation>
    </message>
</context>
<context>
    <name>CompletenessScreen</name>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="35"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="36"/>
        <location filename="../../app/gui/completeness_screen.py" line="127"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="37"/>
        <source>On time / late</source>
        <translation>Đúng hạn / muộn</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="38"/>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="39"/>
        <source>Bundle no.</source>
        <translation>Số gói</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="40"/>
        <source>Officer</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="41"/>
        <source>App version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="42"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="48"/>
        <source>Not received</source>
        <translation>Chưa nhận</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="49"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="50"/>
        <source>Nothing to report</source>
        <translation>Không có hoạt động</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="51"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="52"/>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="53"/>
        <source>Changed after approval, approve again</source>
        <translation>Đã sửa sau khi duyệt — cần duyệt lại</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="61"/>
        <source>Returned: {reason}</source>
        <translation>Trả lại: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="67"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="68"/>
        <source>Late</source>
        <translation>Muộn</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="69"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="112"/>
        <source>Reporting status</source>
        <translation>Tình hình báo cáo</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="116"/>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="121"/>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="128"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="131"/>
        <source>&amp;Status:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="136"/>
        <source>Search a unit (accents not needed)</source>
        <translation>Tìm đơn vị (không cần gõ dấu)</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="136"/>
        <location filename="../../app/gui/completeness_screen.py" line="137"/>
        <source>Search a unit</source>
        <translation>Tìm đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="157"/>
        <source>Units and their reporting status</source>
        <translation>Các đơn vị và tình hình báo cáo</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="173"/>
        <source>&amp;Approve / return…</source>
        <translation>D&amp;uyệt / Trả lại…</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="174"/>
        <source>Approve the selected unit&apos;s period, or return it for correction</source>
        <translation>Duyệt kỳ báo cáo của đơn vị đang chọn, hoặc trả lại để sửa</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="175"/>
        <source>Send &amp;decisions…</source>
        <translation>Gửi &amp;quyết định…</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="176"/>
        <source>Write a signed file with the decisions on the selected unit, to send it down</source>
        <translation>Lập tệp có chữ ký số chứa các quyết định về đơn vị đang chọn để gửi xuống</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="177"/>
        <source>E&amp;xpected units…</source>
        <translation>Danh sách đơn &amp;vị…</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="178"/>
        <source>The list of units expected to report here: add, give an old name, retire</source>
        <translation>Danh sách đơn vị phải báo cáo về đây: thêm, ghi tên cũ, thôi theo dõi</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="201"/>
        <source>{n} late or overdue</source>
        <translation>{n} muộn hoặc quá hạn</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="201"/>
        <source>none late</source>
        <translation>không đơn vị nào muộn</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="203"/>
        <source>{period}: {reported}/{expected} units have reported ({late}); due on {due}</source>
        <translation>{period}: {reported}/{expected} đơn vị đã báo cáo ({late}); hạn nộp {due}</translation>
    </message>
    <message>
        <location filename="../../app/gui/completeness_screen.py" line="232"/>
        <source>Key {fingerprint}</source>
        <translation>Khóa {fingerprint}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/gui/crash_dialog.py" line="20"/>
        <source>PBGDPL: unexpected error</source>
        <translation>PBGDPL: lỗi không mong đợi</translation>
    </message>
    <message>
        <location filename="../../app/gui/crash_dialog.py" line="23"/>
        <source>PBGDPL met an unexpected problem. Your saved data is safe; the change you were making may not have been saved.
Please close this window, then try again. If it happens again, send the log file to technical support.</source>
        <translation>PBGDPL gặp sự cố không mong đợi. Dữ liệu đã lưu vẫn an toàn; thay đổi đang làm có thể chưa được lưu.
Hãy đóng cửa sổ này rồi thử lại. Nếu lỗi lặp lại, hãy gửi tệp nhật ký cho bộ phận hỗ trợ kỹ thuật.</translation>
    </message>
    <message>
        <location filename="../../app/gui/crash_dialog.py" line="28"/>
        <source>Log file: {path}</source>
        <translation>Tệp nhật ký: {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/crash_dialog.py" line="28"/>
        <source>(no log file)</source>
        <translation>(không có tệp nhật ký)</translation>
    </message>
    <message>
        <location filename="../../app/gui/crash_dialog.py" line="35"/>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <location filename="../../app/gui/crash_dialog.py" line="38"/>
        <source>Open log folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../app/gui/dashboard.py" line="57"/>
        <source>Overview: the last 12 months</source>
        <translation>Tổng quan: 12 tháng gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="58"/>
        <source>activities</source>
        <translation>hoạt động</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="59"/>
        <source>participants</source>
        <translation>lượt người tham dự</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="60"/>
        <source>of activities reached the priority groups (Law on PBGDPL, Articles 17–22)</source>
        <translation>hoạt động hướng tới đối tượng đặc thù (Luật PBGDPL, Điều 17–22)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="61"/>
        <source>reporters without activity in the last 12 months</source>
        <translation>báo cáo viên, tuyên truyền viên không có hoạt động trong 12 tháng</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="62"/>
        <source>Activities per month</source>
        <translation>Số hoạt động theo tháng</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="63"/>
        <source>Participants per month</source>
        <translation>Số người tham dự theo tháng</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="64"/>
        <source>Activities by form</source>
        <translation>Hoạt động theo hình thức</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="65"/>
        <source>Activities by target group (orange: priority groups)</source>
        <translation>Hoạt động theo đối tượng (màu cam: đối tượng đặc thù)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="80"/>
        <source>Activities per unit (most and fewest)</source>
        <translation>Số hoạt động theo đơn vị (nhiều nhất và ít nhất)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="101"/>
        <source>Reporters without activity in 12 months:</source>
        <translation>Báo cáo viên, tuyên truyền viên không có hoạt động trong 12 tháng:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="174"/>
        <source>Legal access standard {year}:</source>
        <translation>Chuẩn tiếp cận pháp luật năm {year}:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="176"/>
        <source>no schedule yet — the criteria set gives no dates for this level (the upper level can send them, or type a date in the assessment calendar)</source>
        <translation>chưa có lịch — bộ tiêu chí chưa có mốc thời gian cho cấp này (cấp trên có thể gửi bổ sung, hoặc nhập ngày tại Lịch đánh giá)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="180"/>
        <source>{n} days left</source>
        <translation>còn {n} ngày</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="180"/>
        <source>due today</source>
        <translation>hạn là hôm nay</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="180"/>
        <source>{n} days overdue</source>
        <translation>đã quá hạn {n} ngày</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="181"/>
        <source>{step} by {date} ({left})</source>
        <translation>{step}: hạn {date} ({left})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="184"/>
        <source>No schedule yet for: {steps}</source>
        <translation>Chưa có lịch: {steps}</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="197"/>
        <source>&amp;Units compared: activities and participants {start} – {end}, active reporters today, reporting of {period}</source>
        <translation>So sánh các đơn &amp;vị: số hoạt động và lượt người từ {start} đến {end}, báo cáo viên, tuyên truyền viên đang hoạt động, tình hình báo cáo {period}</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="221"/>
        <source>Overview: the last 12 months ({start} – {end})</source>
        <translation>Tổng quan: 12 tháng gần nhất ({start} – {end})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="241"/>
        <source>{reached} of {total} activities</source>
        <translation>{reached} trên {total} hoạt động</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="251"/>
        <source>last activity {date}</source>
        <translation>hoạt động gần nhất {date}</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="251"/>
        <source>no activity yet</source>
        <translation>chưa có hoạt động</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="255"/>
        <source>Every reporter has at least one activity in the last 12 months.</source>
        <translation>Mọi báo cáo viên, tuyên truyền viên đều có ít nhất một hoạt động trong 12 tháng qua.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard.py" line="257"/>
        <source>No reporter or propagandist is on the roster yet.</source>
        <translation>Danh sách chưa có báo cáo viên, tuyên truyền viên nào.</translation>
    </message>
</context>
<context>
    <name>DateLine</name>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="60"/>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
</context>
<context>
    <name>DeadlinesForm</name>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="278"/>
        <source>Days after the end of the period (a negative number: before it ends).</source>
        <translation>Số ngày sau khi hết kỳ (số âm: trước khi hết kỳ).</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="284"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="292"/>
        <source>e.g. Công văn số …/STP-PBGDPL</source>
        <translation>ví dụ: Công văn số …/STP-PBGDPL</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="293"/>
        <source>&amp;Set by (document):</source>
        <translation>&amp;Theo văn bản:</translation>
    </message>
</context>
<context>
    <name>DecisionBanner</name>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="149"/>
        <source>Period {period} was returned: {reason} — correct it and send again</source>
        <translation>Kỳ {period} bị trả lại: {reason} — hãy sửa và gửi lại</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="151"/>
        <source>Period {period} was returned on {date}; a corrected file has been sent since</source>
        <translation>Kỳ {period} bị trả lại ngày {date}; đã gửi tệp đã sửa sau đó</translation>
    </message>
    <message>
        <location filename="../../app/gui/approval_dialog.py" line="152"/>
        <source>Period {period}: approved on {date}</source>
        <translation>Kỳ {period}: đã được duyệt ngày {date}</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="459"/>
        <source>Superior agency (line 1):</source>
        <translation>Cơ quan chủ quản (dòng trên):</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="460"/>
        <source>Issuing agency:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="461"/>
        <source>Number code (BC-UBND):</source>
        <translation>Ký hiệu văn bản (BC-UBND):</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="462"/>
        <source>Place before the date:</source>
        <translation>Địa danh trước ngày tháng:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="463"/>
        <source>Signing authority (TM., KT.):</source>
        <translation>Quyền hạn ký (TM., KT.):</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="464"/>
        <source>Signer&apos;s title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="465"/>
        <source>Signer&apos;s name:</source>
        <translation>Họ tên người ký:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="466"/>
        <source>Recipients (one a line):</source>
        <translation>Nơi nhận (mỗi nơi một dòng):</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="472"/>
        <source>Agency, place, signer and recipients</source>
        <translation>Cơ quan, địa danh, người ký và nơi nhận</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="475"/>
        <source>The People&apos;s Committee (Ủy ban nhân dân)</source>
        <translation>Ủy ban nhân dân</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="477"/>
        <source>The justice agency (Sở / Phòng Tư pháp)</source>
        <translation>Cơ quan tư pháp (Sở / Phòng Tư pháp)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="478"/>
        <source>Issued by:</source>
        <translation>Cơ quan ban hành văn bản:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="488"/>
        <source>Restore the defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../app/gui/wizard.py" line="251"/>
        <source>Ready</source>
        <translation>Đã sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="278"/>
        <source>Creating the signing key… this can take a moment.</source>
        <translation>Đang tạo khóa ký số… việc này có thể mất một lúc.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="266"/>
        <source>Next: print the enrolment sheet (button below), have it signed and stamped, and send it to the upper level. They scan its QR code or type the fingerprint from it; the last character of each group is a check character, so a typing mistake is refused. Do not read the fingerprint by phone.</source>
        <translation>Tiếp theo: in phiếu đăng ký khóa (nút bên dưới), trình ký và đóng dấu, rồi gửi phiếu lên cấp trên. Cấp trên quét mã QR hoặc gõ dấu vân tay trên phiếu; ký tự cuối của mỗi nhóm là ký tự kiểm tra nên gõ sai sẽ bị từ chối. Không đọc dấu vân tay qua điện thoại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="274"/>
        <source>Save the &amp;enrolment sheet (PDF)…</source>
        <translation>Lưu &amp;phiếu đăng ký khóa (PDF)…</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../app/gui/errors.py" line="31"/>
        <source>The request is not complete. Check the highlighted fields and try again.</source>
        <translation>Yêu cầu chưa đầy đủ. Hãy kiểm tra các ô được đánh dấu rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="32"/>
        <source>This data folder is not set up yet. Run the first-run wizard to choose your unit.</source>
        <translation>Thư mục dữ liệu này chưa được thiết lập. Hãy chạy trình hướng dẫn lần đầu để chọn đơn vị.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="33"/>
        <source>This data folder already belongs to another unit. Choose another data folder for a second unit.</source>
        <translation>Thư mục dữ liệu này đã thuộc về đơn vị khác. Hãy chọn thư mục dữ liệu khác cho đơn vị thứ hai.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="34"/>
        <source>This data folder is kept by another officer. To hand it over, change the officer&apos;s name in Settings.</source>
        <translation>Thư mục dữ liệu này đang do một cán bộ khác phụ trách. Để bàn giao, hãy sửa tên người phụ trách trong phần Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="35"/>
        <source>An unexpected error stopped this task; what was not finished was undone. The log file in the data folder&apos;s logs has the details: please send it to the software&apos;s maintainers.</source>
        <translation>Một lỗi ngoài dự kiến đã dừng việc này; phần chưa xong đã được hoàn lại. Chi tiết nằm trong tệp nhật ký ở thư mục logs của thư mục dữ liệu: hãy gửi tệp đó cho người bảo trì phần mềm.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="36"/>
        <source>The data folder named is a file, not a folder. Choose a folder for the data.</source>
        <translation>Đường dẫn thư mục dữ liệu đang trỏ vào một tệp, không phải thư mục. Hãy chọn một thư mục để lưu dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="37"/>
        <source>This administrative unit is not in the catalog. Search again by name or by code.</source>
        <translation>Đơn vị hành chính này không có trong danh mục. Hãy tìm lại theo tên hoặc theo mã.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="38"/>
        <source>This unit is not on the list of units expected to report here, so nothing was changed. If it really reports to you, add it to the list of expected units first (command: pbgdpl units add CODE), then try again.</source>
        <translation>Đơn vị này không có trong danh sách đơn vị phải báo cáo về đây, nên không có gì thay đổi. Nếu đơn vị này đúng là báo cáo về cơ quan mình, hãy thêm vào danh sách đơn vị phải báo cáo trước (lệnh: pbgdpl units add MÃ), rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="39"/>
        <source>The chosen folder already contains other files. Choose an empty folder.</source>
        <translation>Thư mục đã chọn đang chứa tệp khác. Hãy chọn một thư mục trống.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="40"/>
        <source>This data was saved by a newer version of PBGDPL. Install the newer version to open it; your data was not changed.</source>
        <translation>Dữ liệu này được lưu bởi phiên bản PBGDPL mới hơn. Hãy cài phiên bản mới hơn để mở; dữ liệu của bạn không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="41"/>
        <source>The data file cannot be read (it may be damaged). Restore a backup from Settings, or ask for technical help; the file was not changed.</source>
        <translation>Không đọc được tệp dữ liệu (có thể tệp đã bị hỏng). Hãy khôi phục bản sao lưu trong phần Cài đặt hoặc nhờ hỗ trợ kỹ thuật; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="42"/>
        <source>The disk that holds the data is full, so nothing was saved. Free some space (delete old files or backups), then try again.</source>
        <translation>Ổ đĩa chứa dữ liệu đã đầy nên chưa lưu được gì. Hãy giải phóng dung lượng (xóa bớt tệp hoặc bản sao lưu cũ) rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="43"/>
        <source>An unexpected error stopped the work; what was not finished was undone. The details are in the log file: please send it to the software&apos;s maintainers.</source>
        <translation>Một lỗi không lường trước đã dừng công việc; phần chưa xong đã được hoàn tác. Chi tiết nằm trong tệp nhật ký: hãy gửi tệp đó cho bộ phận hỗ trợ phần mềm.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="44"/>
        <source>The audit log was changed after it was written. Keep a copy of the data folder and tell the upper level.</source>
        <translation>Nhật ký thay đổi đã bị sửa sau khi ghi. Hãy giữ một bản sao thư mục dữ liệu và báo cho cấp trên.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="45"/>
        <source>The data is in use by another program or another PBGDPL window, so nothing was saved. Close the other program, then try again.</source>
        <translation>Dữ liệu đang được một chương trình khác hoặc một cửa sổ PBGDPL khác sử dụng nên chưa lưu được gì. Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="46"/>
        <source>The data cannot be written: the drive or the file is write-protected. Nothing was saved; check the drive or choose another data folder.</source>
        <translation>Không ghi được dữ liệu: ổ đĩa hoặc tệp đang bị chống ghi. Chưa lưu được gì; hãy kiểm tra ổ đĩa hoặc chọn thư mục dữ liệu khác.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="47"/>
        <source>The drive that holds the data could not be read or written (was a USB drive removed?). Nothing was saved; check the drive and try again.</source>
        <translation>Không đọc hoặc ghi được ổ đĩa chứa dữ liệu (có phải USB vừa bị rút ra?). Chưa lưu được gì; hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="48"/>
        <location filename="../../app/gui/errors.py" line="166"/>
        <source>The file was not found. Check that the USB drive or folder is still there and choose the file again.</source>
        <translation>Không tìm thấy tệp. Hãy kiểm tra USB hoặc thư mục vẫn còn đó rồi chọn lại tệp.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="49"/>
        <source>The file is not in a format PBGDPL can read. Check that you chose the right file.</source>
        <translation>Tệp không đúng định dạng PBGDPL đọc được. Hãy kiểm tra bạn đã chọn đúng tệp.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="50"/>
        <source>The file has rows with errors, so nothing was imported. Correct the rows listed in the details and import again.</source>
        <translation>Tệp có dòng bị lỗi nên chưa nhập gì. Hãy sửa các dòng được liệt kê trong phần chi tiết rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="51"/>
        <source>This plan (same number and date) is already stored, so nothing was imported. Open it in the Plans screen to change it, or delete it first.</source>
        <translation>Kế hoạch này (cùng số và ngày) đã có trong dữ liệu nên không nhập gì. Hãy mở nó ở màn hình Kế hoạch để sửa, hoặc xóa trước rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="52"/>
        <source>The reporting period is not valid. Choose a year, half-year, quarter or month.</source>
        <translation>Kỳ báo cáo không hợp lệ. Hãy chọn năm, 6 tháng, quý hoặc tháng.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="53"/>
        <source>Some fields are not valid, so nothing was saved. Correct the highlighted fields and save again.</source>
        <translation>Một số ô chưa hợp lệ nên chưa lưu. Hãy sửa các ô được đánh dấu rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="54"/>
        <source>This record no longer exists (it may have been deleted). Refresh the list.</source>
        <translation>Bản ghi này không còn (có thể đã bị xóa). Hãy tải lại danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="55"/>
        <source>The work was cancelled; nothing was changed.</source>
        <translation>Công việc đã bị hủy; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="56"/>
        <source>The data file&apos;s signature is not valid: it was changed after it was signed. Ask the sender to export it again.</source>
        <translation>Chữ ký của tệp dữ liệu không hợp lệ: tệp đã bị thay đổi sau khi ký. Hãy đề nghị nơi gửi xuất lại tệp.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="58"/>
        <source>The data file was signed by a key that has been revoked. Ask the sender to export it again with their new key.</source>
        <translation>Tệp dữ liệu được ký bằng khóa đã bị thu hồi. Hãy đề nghị nơi gửi xuất lại bằng khóa mới.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="59"/>
        <source>The data file is damaged (its contents do not match). Copy it again from the USB drive or email.</source>
        <translation>Tệp dữ liệu bị hỏng (nội dung không khớp). Hãy chép lại từ USB hoặc thư điện tử.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="60"/>
        <source>The data file was made by a newer version of PBGDPL. Install the newer version to read it.</source>
        <translation>Tệp dữ liệu được tạo bởi phiên bản PBGDPL mới hơn. Hãy cài phiên bản mới hơn để đọc.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="61"/>
        <source>This is not a PBGDPL data file, or it is damaged. Check that you chose the right file.</source>
        <translation>Đây không phải tệp dữ liệu PBGDPL hoặc tệp đã bị hỏng. Hãy kiểm tra bạn đã chọn đúng tệp.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="62"/>
        <source>This data file comes from your own unit; there is nothing to import.</source>
        <translation>Tệp dữ liệu này do chính đơn vị bạn gửi; không có gì để nhập.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="63"/>
        <source>The data file could not be written. Check that the folder or USB drive has free space and is not write-protected.</source>
        <translation>Không ghi được tệp dữ liệu. Hãy kiểm tra thư mục hoặc USB còn chỗ trống và không bị khóa ghi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="64"/>
        <source>The data file cannot be used. Ask the sender to export it again.</source>
        <translation>Không dùng được tệp dữ liệu. Hãy đề nghị nơi gửi xuất lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="65"/>
        <source>This installation has no signing key yet. Create one on the Send / receive data screen, then try again.</source>
        <translation>Máy này chưa có khóa ký số. Hãy tạo khóa ở màn hình Gửi / nhận dữ liệu rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="66"/>
        <source>This installation already has a signing key; use it. A new key is made only when the old one is lost or exposed, and the upper level must then enrol the new fingerprint.</source>
        <translation>Máy này đã có khóa ký số; hãy dùng khóa đó. Chỉ tạo khóa mới khi khóa cũ bị mất hoặc bị lộ, và khi đó cấp trên phải đăng ký dấu vân tay của khóa mới.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="67"/>
        <source>The passphrase of the signing key is wrong. Type it again (at least 8 characters).</source>
        <translation>Mật khẩu của khóa ký không đúng. Hãy gõ lại (ít nhất 8 ký tự).</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="68"/>
        <source>This passphrase is too easy to guess. Use a short sentence, or at least 8 characters mixing letters with digits, spaces or signs (not 12345678 or a well-known word). Nothing was written.</source>
        <translation>Mật khẩu này quá dễ đoán. Hãy dùng một câu ngắn, hoặc ít nhất 8 ký tự kết hợp chữ cái với chữ số, dấu cách hoặc ký hiệu (không dùng 12345678 hay một từ quen thuộc). Chưa có gì được ghi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="69"/>
        <source>The fingerprint is not valid: it has 13 groups of 5 letters and digits (A–Z, 2–7), as on the enrolment sheet. Type it again.</source>
        <translation>Dấu vân tay không hợp lệ: gồm 13 nhóm, mỗi nhóm 5 chữ và số (A–Z, 2–7), như trên phiếu đăng ký khóa. Hãy gõ lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="72"/>
        <source>The trusted keys could not be changed. Check the fingerprint and try again.</source>
        <translation>Không thay đổi được danh sách khóa tin cậy. Hãy kiểm tra dấu vân tay rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="73"/>
        <source>The data file contains a record that is not valid or belongs to another unit, so nothing was imported. Ask the sender to check that record (named in the details) and export again.</source>
        <translation>Tệp dữ liệu có bản ghi không hợp lệ hoặc thuộc đơn vị khác nên chưa nhập gì. Hãy đề nghị nơi gửi kiểm tra bản ghi đó (ghi trong phần chi tiết) rồi xuất lại tệp.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="74"/>
        <source>The document could not be signed: the certificate file, its password, the USB token or the PIN cannot be used. Check them and try again; nothing was saved.</source>
        <translation>Không ký số được văn bản: không dùng được tệp chứng thư số, mật khẩu của tệp, USB token hoặc mã PIN. Hãy kiểm tra lại rồi thử lần nữa; chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="75"/>
        <source>The file is not a readable PDF document. Check that you chose the right file, or ask the sender for it again.</source>
        <translation>Tệp không phải văn bản PDF đọc được. Hãy kiểm tra bạn đã chọn đúng tệp, hoặc đề nghị nơi gửi gửi lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="76"/>
        <source>This PDF document has no digital signature. Ask the sender for the signed version.</source>
        <translation>Văn bản PDF này chưa có chữ ký số. Hãy đề nghị nơi gửi gửi bản đã ký số.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="77"/>
        <source>Approving, returning and sending decisions are done by the upper level (province or district). This installation is a commune: its decisions arrive from the upper level in a data file to import.</source>
        <translation>Việc duyệt, trả lại và gửi quyết định do cấp trên (tỉnh hoặc huyện) thực hiện. Máy này là của cấp xã: quyết định của cấp trên đến bằng một tệp dữ liệu để nhập.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="78"/>
        <source>No data file of this unit for this period has been received yet, so there is nothing to approve or return. Import the unit&apos;s file first.</source>
        <translation>Chưa nhận được tệp dữ liệu của đơn vị này cho kỳ này nên chưa có gì để duyệt hay trả lại. Hãy nhập tệp của đơn vị trước.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="79"/>
        <source>A return needs a reason: write what the unit must correct, then return it.</source>
        <translation>Trả lại phải có lý do: hãy ghi rõ đơn vị cần sửa gì rồi trả lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="80"/>
        <source>Nothing has been approved or returned for this unit yet, so there is no decision to send. Decide first.</source>
        <translation>Chưa duyệt hay trả lại kỳ nào của đơn vị này nên chưa có quyết định để gửi. Hãy xét trước.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="81"/>
        <source>This decision file is addressed to another unit; nothing was imported. Ask the upper level for the file made for your unit.</source>
        <translation>Tệp quyết định này gửi cho đơn vị khác; không có gì được nhập. Hãy đề nghị cấp trên gửi tệp lập cho đơn vị mình.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="82"/>
        <source>This restore file was made for another unit; nothing was changed. Ask the upper level for the file made for your unit.</source>
        <translation>Tệp khôi phục này được lập cho đơn vị khác; không có gì thay đổi. Hãy đề nghị cấp trên gửi tệp lập cho đơn vị mình.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="83"/>
        <source>This restore file is signed by a key this computer does not know yet. Compare the fingerprint shown in the details with the upper level&apos;s signed enrolment sheet, enrol that key on the Send / receive data screen (trusted keys), then restore again. Nothing was changed.</source>
        <translation>Tệp khôi phục này được ký bằng một khóa mà máy này chưa biết. Hãy đối chiếu dấu vân tay ghi trong phần chi tiết với phiếu đăng ký khóa đã ký của cấp trên, đăng ký khóa đó ở màn hình Gửi / nhận dữ liệu (khóa tin cậy), rồi khôi phục lại. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="84"/>
        <source>The restore file cannot be used (a data file inside it is damaged, or is not this unit&apos;s); nothing was changed. Ask the upper level to make it again.</source>
        <translation>Không dùng được tệp khôi phục (một tệp dữ liệu bên trong bị hỏng hoặc không phải của đơn vị này); không có gì thay đổi. Hãy đề nghị cấp trên lập lại tệp.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="85"/>
        <source>A signature of this PDF document is broken: the file was changed after it was signed. Do not use it; ask the sender for the signed original.</source>
        <translation>Chữ ký số của văn bản PDF này không còn hợp lệ: tệp đã bị thay đổi sau khi ký. Không sử dụng tệp này; hãy đề nghị nơi gửi gửi lại bản gốc đã ký.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="86"/>
        <source>This answer cannot be used: give yes or no, a ratio done/due such as 12/15 (done not more than due), points such as 2,5 up to the maximum, or the codes of the options. Nothing was saved.</source>
        <translation>Câu trả lời này không dùng được: hãy nhập có hoặc không, tỷ lệ đã làm/phải làm như 12/15 (số đã làm không lớn hơn số phải làm), số điểm như 2,5 không quá điểm tối đa, hoặc mã các lựa chọn. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="87"/>
        <source>There is no such indicator in the criteria set of this year. Check the code (for example 2.2 or 2.4.1).</source>
        <translation>Bộ tiêu chí của năm này không có chỉ tiêu đó. Kiểm tra lại mã (ví dụ 2.2 hoặc 2.4.1).</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="88"/>
        <source>The value differs from what the log gives, so it needs a reason. Write why, then save again.</source>
        <translation>Giá trị khác với số liệu từ nhật ký nên cần ghi lý do. Hãy ghi lý do rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="89"/>
        <source>No criteria set is known for this year (QĐ 25/2021 covers 2022–2025, QĐ 27/2025 from 2026). Choose another year, or import the set sent by the province.</source>
        <translation>Chưa có bộ tiêu chí cho năm này (QĐ 25/2021 áp dụng 2022–2025, QĐ 27/2025 từ năm 2026). Chọn năm khác, hoặc nhập bộ tiêu chí do tỉnh gửi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="90"/>
        <source>This version of the criteria set is already here with other content, so nothing was changed. A changed set needs a new version number: ask the province.</source>
        <translation>Phiên bản này của bộ tiêu chí đã có với nội dung khác nên không thay đổi gì. Bộ tiêu chí sửa đổi phải có số phiên bản mới: hãy hỏi lại tỉnh.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="91"/>
        <source>This criteria file is not signed. A commune takes only the signed update file sent by its upper level (.pbgdpl-catalog). Nothing was changed.</source>
        <translation>Tệp bộ tiêu chí này không có chữ ký số. Cấp xã chỉ nhận tệp cập nhật có chữ ký do cấp trên gửi (.pbgdpl-catalog). Chưa thay đổi gì.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="92"/>
        <source>This indicator has no answer yet: answer it first, then attach its evidence. Nothing was saved.</source>
        <translation>Chỉ tiêu này chưa được trả lời: hãy trả lời trước, rồi đính kèm minh chứng. Chưa lưu gì.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="93"/>
        <source>The criteria set file is not valid (the details say which part). Nothing was changed; ask the province for the file again.</source>
        <translation>Tệp bộ tiêu chí không hợp lệ (phần chi tiết nêu chỗ sai). Không có gì thay đổi; hãy đề nghị tỉnh gửi lại tệp.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="128"/>
        <source>Some cells hold formulas saved without their results (the file was made by a program that does not calculate), so nothing was imported. Open the file in Excel or LibreOffice, save it, and import the new copy. The details name the cells.</source>
        <translation>Một số ô chứa công thức nhưng không có kết quả đã tính (tệp được tạo bằng chương trình không tự tính công thức), nên chưa nhập gì. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập bản mới. Phần chi tiết ghi rõ các ô đó.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="162"/>
        <source>The disk is full. Free some space (or use another USB drive) and try again; nothing was changed.</source>
        <translation>Ổ đĩa đã đầy. Hãy giải phóng dung lượng (hoặc dùng USB khác) rồi thử lại; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="164"/>
        <source>PBGDPL is not allowed to use this file or folder. Close other programs that use it, or choose another folder.</source>
        <translation>PBGDPL không được phép dùng tệp hoặc thư mục này. Hãy đóng các chương trình khác đang dùng nó hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="167"/>
        <source>The file could not be read or written. Check the drive and try again.</source>
        <translation>Không đọc hoặc ghi được tệp. Hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="168"/>
        <source>The operation could not be completed. Check what you entered and try again.</source>
        <translation>Không thực hiện được thao tác. Hãy kiểm tra thông tin đã nhập rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="185"/>
        <source>PBGDPL</source>
        <translation>PBGDPL</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="70"/>
        <source>The scanned line is not the QR code of an enrolment sheet, or it is damaged. Scan it again, or type the unit code and the fingerprint.</source>
        <translation>Dòng vừa quét không phải mã QR của phiếu đăng ký khóa, hoặc bị hỏng. Hãy quét lại, hoặc gõ mã đơn vị và dấu vân tay.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="57"/>
        <source>The data file was signed by a key not enrolled here for its unit. Select the file and use &quot;Compare with the signed sheet, then enrol&quot;: compare the fingerprint with the unit&apos;s signed enrolment sheet, then trust the key.</source>
        <translation>Tệp dữ liệu được ký bằng một khóa chưa được đăng ký ở đây cho đơn vị đó. Chọn tệp rồi bấm “Đối chiếu với phiếu đã ký, rồi đăng ký khóa”: đối chiếu dấu vân tay với phiếu đăng ký khóa đã ký của đơn vị, rồi tin cậy khóa.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="71"/>
        <source>The scanned enrolment sheet belongs to another unit than the unit code typed. Nothing was enrolled; check which sheet you scanned.</source>
        <translation>Phiếu đăng ký vừa quét thuộc đơn vị khác với mã đơn vị đã gõ. Chưa đăng ký khóa nào; hãy kiểm tra lại phiếu đã quét.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="106"/>
        <source>The fingerprint does not match its check characters in group %1 (%2 characters typed). Compare that group with the enrolment sheet and type it again; nothing was enrolled.</source>
        <translation>Dấu vân tay không khớp ký tự kiểm tra ở nhóm %1 (đã gõ %2 ký tự). Hãy so nhóm đó với phiếu đăng ký khóa rồi gõ lại; chưa đăng ký khóa nào.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="112"/>
        <source>Group %1 of the fingerprint holds a character other than A–Z and 2–7 (%2 characters typed). Type it again.</source>
        <translation>Nhóm %1 của dấu vân tay có ký tự ngoài A–Z và 2–7 (đã gõ %2 ký tự). Hãy gõ lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="116"/>
        <source>The fingerprint has %1 characters; the enrolment sheet shows 65 (13 groups of 5). Type it again; nothing was enrolled.</source>
        <translation>Dấu vân tay đã gõ có %1 ký tự; phiếu đăng ký khóa ghi 65 ký tự (13 nhóm, mỗi nhóm 5). Hãy gõ lại; chưa đăng ký khóa nào.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errors.py" line="118"/>
        <source>Group %1 does not have 5 characters.</source>
        <translation>Nhóm %1 không đủ 5 ký tự.</translation>
    </message>
</context>
<context>
    <name>ExpectedUnitsDialog</name>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="42"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="43"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="44"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="45"/>
        <source>Expected from</source>
        <translation>Báo cáo từ ngày</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="46"/>
        <source>Retired on</source>
        <translation>Thôi từ ngày</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="47"/>
        <source>Old codes or names</source>
        <translation>Mã hoặc tên cũ</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="48"/>
        <source>Added by</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="54"/>
        <source>Intermediate office (relays)</source>
        <translation>Đơn vị trung gian (chuyển tiếp)</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="55"/>
        <source>Commune / ward</source>
        <translation>Xã / phường</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="77"/>
        <source>Units expected to report here</source>
        <translation>Các đơn vị phải báo cáo về đây</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="81"/>
        <source>Search by code, name or old name (accents not needed)</source>
        <translation>Tìm theo mã, tên hoặc tên cũ (không cần gõ dấu)</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="81"/>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="82"/>
        <source>Search the expected units</source>
        <translation>Tìm trong danh sách đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="96"/>
        <source>Expected units</source>
        <translation>Danh sách đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="103"/>
        <source>&amp;Add a unit…</source>
        <translation>&amp;Thêm đơn vị…</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="104"/>
        <source>Old code or &amp;name…</source>
        <translation>Mã hoặc tê&amp;n cũ…</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="105"/>
        <source>Bundles sent under an old code or name (a merged or renamed unit) land on the selected unit</source>
        <translation>Gói dữ liệu gửi dưới mã hoặc tên cũ (đơn vị đã sáp nhập, đổi tên) được nhận vào đơn vị đang chọn</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="106"/>
        <source>&amp;Retire…</source>
        <translation>Thôi &amp;theo dõi…</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="107"/>
        <source>No longer expect the selected unit after a date (it stays listed)</source>
        <translation>Không còn chờ báo cáo của đơn vị đang chọn sau một ngày (vẫn giữ trong danh sách)</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="108"/>
        <source>&amp;Deadlines…</source>
        <translation>&amp;Hạn nộp…</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="109"/>
        <source>When each period&apos;s bundle is due: days after the period&apos;s end</source>
        <translation>Hạn nộp dữ liệu của từng kỳ: số ngày sau khi hết kỳ</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="110"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="139"/>
        <source>catalog</source>
        <translation>danh mục</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="139"/>
        <source>officer</source>
        <translation>cán bộ thêm</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="150"/>
        <source>{n} units, {active} expected now</source>
        <translation>{n} đơn vị, {active} đang phải báo cáo</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="199"/>
        <source>Add a unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="201"/>
        <source>Only for a unit that is not in the catalog</source>
        <translation>Chỉ cần với đơn vị không có trong danh mục</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="202"/>
        <source>Intermediate office that relays its communes&apos; data (not counted in the rate)</source>
        <translation>Đơn vị trung gian chuyển tiếp dữ liệu của các xã (không tính vào tỷ lệ báo cáo)</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="203"/>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="204"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="216"/>
        <source>Old code or name of {code}</source>
        <translation>Mã hoặc tên cũ của {code}</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="220"/>
        <source>Old &amp;code or name:</source>
        <translation>&amp;Mã hoặc tên cũ:</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="226"/>
        <source>Retire {code}</source>
        <translation>Thôi theo dõi {code}</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="235"/>
        <source>Expected &amp;until:</source>
        <translation>Báo cáo đến &amp;ngày:</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="236"/>
        <source>&amp;Why (merged into, dissolved…):</source>
        <translation>&amp;Lý do (sáp nhập vào, giải thể…):</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="264"/>
        <source>Year report</source>
        <translation>Báo cáo năm</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="265"/>
        <source>Six-month report</source>
        <translation>Báo cáo 6 tháng</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="266"/>
        <source>Quarter report</source>
        <translation>Báo cáo quý</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="267"/>
        <source>Month report</source>
        <translation>Báo cáo tháng</translation>
    </message>
    <message>
        <location filename="../../app/gui/units_dialog.py" line="276"/>
        <source>Reporting deadlines</source>
        <translation>Hạn nộp báo cáo</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/gui/wizard.py" line="310"/>
        <source>First start</source>
        <translation>Thiết lập lần đầu</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="362"/>
        <source>This computer now keeps the records of {unit} ({code}). Officer: {officer}.</source>
        <translation>Máy này từ nay lưu sổ theo dõi của {unit} ({code}). Người phụ trách: {officer}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="366"/>
        <source>Fingerprint of this installation&apos;s signing key, as the enrolment sheet prints it (13 groups of 5):</source>
        <translation>Dấu vân tay khóa ký của máy này, như in trên phiếu đăng ký khóa (13 nhóm, mỗi nhóm 5 ký tự):</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="396"/>
        <source>Save the enrolment sheet</source>
        <translation>Lưu phiếu đăng ký khóa</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="396"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="409"/>
        <source>Enrolment sheet saved: %1</source>
        <translation>Đã lưu phiếu đăng ký khóa: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="77"/>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="119"/>
        <source>Data folder: {folder} · Officer: {officer}</source>
        <translation>Thư mục dữ liệu: {folder} · Người phụ trách: {officer}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="128"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="129"/>
        <source>PBGDPL activities</source>
        <translation>Hoạt động PBGDPL</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="130"/>
        <source>Reporters / Propagandists</source>
        <translation>Báo cáo viên / Tuyên truyền viên</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="131"/>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="132"/>
        <source>Reports and printing</source>
        <translation>Báo cáo và in</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="133"/>
        <source>Legal access standard</source>
        <translation>Chuẩn tiếp cận pháp luật</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="134"/>
        <source>Send / receive data</source>
        <translation>Gửi / nhận dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="135"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="140"/>
        <source>Reporting status</source>
        <translation>Tình hình báo cáo</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="144"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="145"/>
        <source>Show the data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="148"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="151"/>
        <source>&amp;Go</source>
        <translation>&amp;Đi tới</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="222"/>
        <source>The screen “{name}” cannot be opened in this copy of the program. The details are in the log file; please reinstall or update the program.</source>
        <translation>Không mở được màn hình “{name}” trong bản chương trình này. Chi tiết có trong tệp nhật ký; hãy cài đặt lại hoặc cập nhật chương trình.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <location filename="../../app/gui/wizard.py" line="198"/>
        <source>Who keeps the records?</source>
        <translation>Ai phụ trách sổ theo dõi?</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="199"/>
        <source>The officer&apos;s name is printed on reports. The signing key proves that data sent upward comes from this unit.</source>
        <translation>Tên người phụ trách được in trên báo cáo. Khóa ký chứng minh dữ liệu gửi lên cấp trên đúng là của đơn vị này.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="203"/>
        <source>e.g. Công chức Tư pháp - Hộ tịch</source>
        <translation>ví dụ: Công chức Tư pháp - Hộ tịch</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="204"/>
        <source>Protect the signing key with a passphrase (recommended)</source>
        <translation>Bảo vệ khóa ký bằng mật khẩu (nên dùng)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="214"/>
        <source>Officer&apos;s &amp;name:</source>
        <translation>&amp;Họ và tên người phụ trách:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="215"/>
        <source>&amp;Title:</source>
        <translation>&amp;Chức danh:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="217"/>
        <source>&amp;Passphrase (8+ characters):</source>
        <translation>&amp;Mật khẩu (từ 8 ký tự):</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="218"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="233"/>
        <source>Enter the officer&apos;s name.</source>
        <translation>Hãy nhập họ và tên người phụ trách.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="236"/>
        <source>The passphrase needs at least 8 characters. Write it down and keep it safe.</source>
        <translation>Mật khẩu cần ít nhất 8 ký tự. Hãy ghi lại và cất giữ cẩn thận.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="238"/>
        <source>The two passphrases differ: type them again.</source>
        <translation>Hai mật khẩu không giống nhau: hãy gõ lại.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="489"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="497"/>
        <source>Annual PBGDPL plan</source>
        <translation>Kế hoạch PBGDPL hằng năm</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="498"/>
        <source>Thematic plan</source>
        <translation>Kế hoạch chuyên đề</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="505"/>
        <source>open-ended</source>
        <translation>không xác định</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="507"/>
        <source>had to be issued by</source>
        <translation>phải ban hành trước ngày</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="512"/>
        <source>&amp;Number:</source>
        <translation>&amp;Số kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="513"/>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="514"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="515"/>
        <source>&amp;Title:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="516"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="517"/>
        <source>From &amp;year:</source>
        <translation>Từ &amp;năm:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="518"/>
        <source>&amp;To year:</source>
        <translation>Đến nă&amp;m:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="522"/>
        <source>Issue deadline:</source>
        <translation>Hạn ban hành:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="523"/>
        <source>&amp;Budget (VND):</source>
        <translation>&amp;Kinh phí (đồng):</translation>
    </message>
</context>
<context>
    <name>PlansScreen</name>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="54"/>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="55"/>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="56"/>
        <location filename="../../app/gui/plans_screen.py" line="119"/>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="57"/>
        <location filename="../../app/gui/plans_screen.py" line="119"/>
        <location filename="../../app/gui/plans_screen.py" line="193"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="58"/>
        <source>Not carried out</source>
        <translation>Không thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="96"/>
        <source>PBGDPL plans</source>
        <translation>Kế hoạch PBGDPL</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="101"/>
        <source>&amp;Plans and tasks</source>
        <translation>&amp;Kế hoạch và nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="104"/>
        <source>&amp;New plan…</source>
        <translation>Kế hoạch &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="105"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="106"/>
        <source>Use the &amp;example plan…</source>
        <translation>Dùng kế hoạch &amp;mẫu…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="107"/>
        <source>Store Kế hoạch 164/KH-UBND of UBND tỉnh Thái Nguyên to take its tasks into your plan</source>
        <translation>Lưu Kế hoạch 164/KH-UBND của UBND tỉnh Thái Nguyên để lấy nhiệm vụ vào kế hoạch của đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="108"/>
        <source>Plan report (P&amp;DF)…</source>
        <translation>Báo cáo kế hoạch (P&amp;DF)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="109"/>
        <source>Plan report (E&amp;xcel)…</source>
        <translation>Báo cáo kế hoạch (E&amp;xcel)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="118"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="118"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="118"/>
        <source>Period</source>
        <translation>Thời kỳ</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="118"/>
        <source>Issuer</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="119"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="119"/>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="120"/>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="130"/>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="130"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="130"/>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="130"/>
        <source>Deadline</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="131"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="131"/>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="131"/>
        <source>Last activity</source>
        <translation>Hoạt động gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="132"/>
        <source>Tasks of the plan</source>
        <translation>Nhiệm vụ của kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="145"/>
        <source>&amp;Add task…</source>
        <translation>&amp;Thêm nhiệm vụ…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="146"/>
        <source>&amp;Edit task…</source>
        <translation>&amp;Sửa nhiệm vụ…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="147"/>
        <source>&amp;Take tasks from another plan…</source>
        <translation>&amp;Lấy nhiệm vụ từ kế hoạch khác…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="178"/>
        <source>All &amp;units</source>
        <translation>&amp;Các đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="184"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="192"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="192"/>
        <source>Annual plan</source>
        <translation>Kế hoạch năm</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="192"/>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="192"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="193"/>
        <source>Tasks done</source>
        <translation>Nhiệm vụ đã xong</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="193"/>
        <source>Share done</source>
        <translation>Tỷ lệ hoàn thành</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="194"/>
        <source>Outside the plan (done)</source>
        <translation>Ngoài kế hoạch (đã xong)</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="195"/>
        <source>Plans of all units</source>
        <translation>Kế hoạch của các đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="195"/>
        <source>Priority groups</source>
        <translation>Nhóm đối tượng đặc thù</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="215"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="215"/>
        <source>Late</source>
        <translation>Muộn</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="215"/>
        <source>Not known</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="216"/>
        <source>(no plan)</source>
        <translation>(chưa có kế hoạch)</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="227"/>
        <source>{n} of {total} units have an annual plan for {year}</source>
        <translation>{n}/{total} đơn vị có kế hoạch năm {year}</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="233"/>
        <source>&amp;Funding</source>
        <translation>&amp;Kinh phí</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="239"/>
        <source>Y&amp;ear:</source>
        <translation>N&amp;ăm:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="244"/>
        <source>Funding report (PDF)…</source>
        <translation>Báo cáo kinh phí (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="245"/>
        <source>Funding report (Excel)…</source>
        <translation>Báo cáo kinh phí (Excel)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="255"/>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="194"/>
        <location filename="../../app/gui/plans_screen.py" line="255"/>
        <location filename="../../app/gui/plans_screen.py" line="256"/>
        <source>Spent (VND)</source>
        <translation>Đã chi (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="255"/>
        <location filename="../../app/gui/plans_screen.py" line="256"/>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="255"/>
        <source>Spending by form</source>
        <translation>Chi theo hình thức</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="256"/>
        <source>Target group</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="256"/>
        <source>Spending by target group</source>
        <translation>Chi theo đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="261"/>
        <source>The budget is that of the annual plan. An activity&apos;s cost is shared equally among its forms and among its target groups; ★ marks the priority groups of the Law on PBGDPL, Articles 17–22.</source>
        <translation>Kinh phí được giao lấy theo kế hoạch năm. Chi phí một hoạt động được chia đều cho các hình thức và cho các đối tượng của nó; ★ là nhóm đối tượng đặc thù theo Luật PBGDPL, Điều 17–22.</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="281"/>
        <source>Budget {budget} VND; spent {spent} VND ({used}) on {paid} of {n} activities; priority groups: {priority} VND ({share} of the spending)</source>
        <translation>Kinh phí được giao {budget} đồng; đã chi {spent} đồng ({used}) cho {paid}/{n} hoạt động; nhóm đối tượng đặc thù: {priority} đồng ({share} tổng chi)</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="283"/>
        <source>not recorded</source>
        <translation>chưa ghi</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="303"/>
        <source>Save the funding report</source>
        <translation>Lưu báo cáo kinh phí</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="365"/>
        <source>{content} (outside the plan)</source>
        <translation>{content} (ngoài kế hoạch)</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="379"/>
        <source>No plan yet: add one, import it from Excel or start from the example plan.</source>
        <translation>Chưa có kế hoạch: thêm mới, nhập từ Excel hoặc bắt đầu từ kế hoạch mẫu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="381"/>
        <source>{number}: {done} of {tasks} tasks done ({share}), {overdue} overdue, {outside} outside the plan</source>
        <translation>{number}: đã hoàn thành {done}/{tasks} nhiệm vụ ({share}), {overdue} quá hạn, {outside} ngoài kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="399"/>
        <source>Import a plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="302"/>
        <location filename="../../app/gui/plans_screen.py" line="399"/>
        <location filename="../../app/gui/plans_screen.py" line="471"/>
        <source>Excel files (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="412"/>
        <source>Imported plan {number} with {n} tasks</source>
        <translation>Đã nhập kế hoạch {number} gồm {n} nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="423"/>
        <source>Example plan</source>
        <translation>Kế hoạch mẫu</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="424"/>
        <source>Store {number} of {issuer} ({n} tasks) among your plans? Its tasks can then be taken into your own plan, or your activities can be linked to them.</source>
        <translation>Lưu kế hoạch {number} của {issuer} ({n} nhiệm vụ) vào danh sách kế hoạch? Sau đó có thể lấy nhiệm vụ của nó vào kế hoạch của đơn vị, hoặc gắn hoạt động với các nhiệm vụ đó.</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="302"/>
        <location filename="../../app/gui/plans_screen.py" line="471"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="472"/>
        <source>Save the plan report</source>
        <translation>Lưu báo cáo kế hoạch</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../app/gui/problems.py" line="18"/>
        <source>Enter the date of the activity.</source>
        <translation>Hãy nhập ngày tổ chức hoạt động.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="19"/>
        <source>The date is in the future: enter the day the activity took place.</source>
        <translation>Ngày ở tương lai: hãy nhập ngày hoạt động đã diễn ra.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="20"/>
        <source>The date is before 2000: check the year.</source>
        <translation>Ngày trước năm 2000: hãy kiểm tra lại năm.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="21"/>
        <source>Enter the content, or at least one law or topic.</source>
        <translation>Hãy nhập nội dung, hoặc ít nhất một luật hay chủ đề.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="22"/>
        <source>Choose at least one form.</source>
        <translation>Hãy chọn ít nhất một hình thức.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="23"/>
        <source>A form is not in the catalog: choose it again.</source>
        <translation>Có hình thức không có trong danh mục: hãy chọn lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="24"/>
        <source>A target group is not in the catalog: choose it again.</source>
        <translation>Có đối tượng không có trong danh mục: hãy chọn lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="25"/>
        <source>The number of participants cannot be negative.</source>
        <translation>Số người tham dự không được âm.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="26"/>
        <source>The number of participants is too large: check it.</source>
        <translation>Số người tham dự quá lớn: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="27"/>
        <source>The number of women cannot be negative.</source>
        <translation>Số người nữ không được âm.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="28"/>
        <source>The number of women is too large: check it.</source>
        <translation>Số người nữ quá lớn: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="29"/>
        <source>There are more women than participants: check both numbers.</source>
        <translation>Số người nữ nhiều hơn số người tham dự: hãy kiểm tra cả hai số.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="30"/>
        <source>The number of ethnic-minority participants cannot be negative.</source>
        <translation>Số người dân tộc thiểu số không được âm.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="31"/>
        <source>The number of ethnic-minority participants is too large: check it.</source>
        <translation>Số người dân tộc thiểu số quá lớn: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="32"/>
        <source>There are more ethnic-minority participants than participants: check both numbers.</source>
        <translation>Số người dân tộc thiểu số nhiều hơn số người tham dự: hãy kiểm tra cả hai số.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="36"/>
        <source>The number of materials cannot be negative.</source>
        <translation>Số tài liệu không được âm.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="37"/>
        <source>The number of materials is too large: check it.</source>
        <translation>Số tài liệu quá lớn: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="38"/>
        <source>The cost cannot be negative.</source>
        <translation>Kinh phí không được âm.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="39"/>
        <source>The cost is larger than 100 billion đồng: check it.</source>
        <translation>Kinh phí lớn hơn 100 tỷ đồng: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="40"/>
        <source>Type the cost as a whole number of đồng, for example 1.500.000.</source>
        <translation>Hãy nhập kinh phí là số đồng, ví dụ 1.500.000.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="41"/>
        <source>Enter the person&apos;s full name.</source>
        <translation>Hãy nhập họ và tên.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="42"/>
        <source>Choose legal reporter or legal propagandist.</source>
        <translation>Hãy chọn báo cáo viên hoặc tuyên truyền viên pháp luật.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="43"/>
        <source>Choose male, female or leave it empty.</source>
        <translation>Hãy chọn nam, nữ hoặc để trống.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="44"/>
        <source>The birth date gives an age below 16 or above 100: check the year.</source>
        <translation>Ngày sinh cho tuổi dưới 16 hoặc trên 100: hãy kiểm tra lại năm.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="45"/>
        <source>The phone number should have 8 to 15 digits.</source>
        <translation>Số điện thoại cần có từ 8 đến 15 chữ số.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="46"/>
        <source>The recognition decision date is in the future.</source>
        <translation>Ngày quyết định công nhận ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="47"/>
        <source>The dismissal decision date is in the future.</source>
        <translation>Ngày quyết định cho thôi ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="48"/>
        <source>The dismissal date is before the recognition date.</source>
        <translation>Ngày cho thôi trước ngày công nhận.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="49"/>
        <source>A dismissal needs one of the grounds of Circular 10/2016: choose it.</source>
        <translation>Việc cho thôi cần một trong các căn cứ của Thông tư 10/2016: hãy chọn căn cứ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="50"/>
        <source>&quot;Inactive&quot; and &quot;other reason&quot; are reasons to review a person, not grounds of Circular 10/2016: choose the legal ground.</source>
        <translation>&quot;Không hoạt động&quot; và &quot;lý do khác&quot; là lý do để rà soát, không phải căn cứ theo Thông tư 10/2016: hãy chọn căn cứ pháp lý.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="51"/>
        <source>This dismissal ground does not apply to this role: choose another.</source>
        <translation>Căn cứ cho thôi này không áp dụng cho chức danh này: hãy chọn căn cứ khác.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="52"/>
        <source>A dismissal ground needs the dismissal decision (number or date).</source>
        <translation>Căn cứ cho thôi cần có quyết định cho thôi (số hoặc ngày).</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="53"/>
        <source>Choose the legal reporter&apos;s level: central, provincial or district.</source>
        <translation>Chọn cấp của báo cáo viên: trung ương, tỉnh hoặc huyện.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="54"/>
        <source>Only a legal reporter has a level: leave it empty for a propagandist.</source>
        <translation>Chỉ báo cáo viên pháp luật mới có cấp: để trống với tuyên truyền viên.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="55"/>
        <source>Unknown reason for review: choose one from the list.</source>
        <translation>Lý do rà soát không có trong danh mục: hãy chọn trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="56"/>
        <source>The suspension date is in the future.</source>
        <translation>Ngày tạm không phân công ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="57"/>
        <source>Give the day the suspension started before its end.</source>
        <translation>Nhập ngày bắt đầu tạm không phân công trước ngày kết thúc.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="58"/>
        <source>The suspension ends before it starts.</source>
        <translation>Ngày kết thúc tạm không phân công trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="59"/>
        <source>The ID number has 12 digits (citizen ID) or 9 (old ID card).</source>
        <translation>Số định danh có 12 chữ số (CCCD) hoặc 9 chữ số (CMND cũ).</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="60"/>
        <source>The number of refusals cannot be negative.</source>
        <translation>Số lần từ chối không được âm.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="61"/>
        <source>A training date is in the future.</source>
        <translation>Có ngày tập huấn ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="62"/>
        <source>Each training needs a title.</source>
        <translation>Mỗi lần tập huấn cần có tên.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="65"/>
        <source>This text is too long (or has too many items): shorten it.</source>
        <translation>Nội dung này quá dài (hoặc có quá nhiều mục): hãy rút gọn.</translation>
    </message>
    <message>
        <location filename="../../app/gui/problems.py" line="67"/>
        <source>Type the date as dd/mm/yyyy, for example 09/11/2026.</source>
        <translation>Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 09/11/2026.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../app/gui/jobs.py" line="252"/>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <location filename="../../app/gui/jobs.py" line="253"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../app/gui/jobs.py" line="254"/>
        <source>Writing…</source>
        <translation>Đang ghi…</translation>
    </message>
    <message>
        <location filename="../../app/gui/jobs.py" line="255"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../app/gui/jobs.py" line="256"/>
        <source>Preparing the document…</source>
        <translation>Đang chuẩn bị văn bản…</translation>
    </message>
    <message>
        <location filename="../../app/gui/jobs.py" line="257"/>
        <source>Verifying…</source>
        <translation>Đang xác minh…</translation>
    </message>
    <message>
        <location filename="../../app/gui/jobs.py" line="258"/>
        <source>Merging…</source>
        <translation>Đang hợp nhất…</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../app/gui/jobs.py" line="191"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/gui/jobs.py" line="226"/>
        <source>Cancelling… the work stops at a safe point and nothing half-done is kept.</source>
        <translation>Đang hủy… công việc sẽ dừng ở điểm an toàn và không giữ lại phần làm dở.</translation>
    </message>
</context>
<context>
    <name>RecordChanges</name>
    <message>
        <location filename="../../app/gui/record_changes.py" line="30"/>
        <location filename="../../app/gui/record_changes.py" line="121"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="31"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="32"/>
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="33"/>
        <source>Forms</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="34"/>
        <source>Target groups</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="35"/>
        <source>Other groups</source>
        <translation>Đối tượng khác</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="36"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="37"/>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="38"/>
        <source>Participants</source>
        <translation>Số người tham dự</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="39"/>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="40"/>
        <source>Ethnic minority participants</source>
        <translation>Người dân tộc thiểu số</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="41"/>
        <source>Materials</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="42"/>
        <source>Cost (VND)</source>
        <translation>Kinh phí (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="43"/>
        <source>Reporters</source>
        <translation>Báo cáo viên, tuyên truyền viên</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="44"/>
        <location filename="../../app/gui/record_changes.py" line="63"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="45"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="46"/>
        <source>Kind of reporter</source>
        <translation>Loại (báo cáo viên / tuyên truyền viên)</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="47"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="48"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="49"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="50"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="51"/>
        <source>Job title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="52"/>
        <source>Organisation</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="53"/>
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="54"/>
        <source>Qualification</source>
        <translation>Trình độ</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="55"/>
        <source>Fields of law</source>
        <translation>Lĩnh vực pháp luật</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="56"/>
        <source>Proposed by</source>
        <translation>Đơn vị đề nghị</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="57"/>
        <source>Recognition decision</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="58"/>
        <source>Dismissal decision</source>
        <translation>Quyết định miễn nhiệm</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="59"/>
        <source>Dismissal ground</source>
        <translation>Căn cứ miễn nhiệm</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="60"/>
        <source>Dismissal reason</source>
        <translation>Lý do miễn nhiệm</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="61"/>
        <source>Refused assignments</source>
        <translation>Số lần từ chối nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="62"/>
        <source>Trainings</source>
        <translation>Tập huấn, bồi dưỡng</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="64"/>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="65"/>
        <location filename="../../app/gui/record_changes.py" line="79"/>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="66"/>
        <source>File type</source>
        <translation>Loại tệp</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="67"/>
        <source>Size (bytes)</source>
        <translation>Kích thước (byte)</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="68"/>
        <source>Content fingerprint</source>
        <translation>Mã băm nội dung</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="79"/>
        <source>Reporter</source>
        <translation>Báo cáo viên / tuyên truyền viên</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="80"/>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="85"/>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="85"/>
        <source>changed</source>
        <translation>thay đổi</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="85"/>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="86"/>
        <source>older than stored (ignored)</source>
        <translation>cũ hơn bản đang lưu (bỏ qua)</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="86"/>
        <source>conflict</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="87"/>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="96"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="96"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="118"/>
        <source>Records in %1</source>
        <translation>Từng bản ghi trong %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="120"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="120"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="121"/>
        <source>Title</source>
        <translation>Tiêu đề / tên</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="122"/>
        <source>What changed</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="146"/>
        <source>%1 more records are counted in the totals but not listed here.</source>
        <translation>Còn %1 bản ghi khác đã được tính vào tổng số nhưng không liệt kê ở đây.</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_changes.py" line="148"/>
        <source>Nothing changed: every record was already here as it is.</source>
        <translation>Không có gì thay đổi: mọi bản ghi đã có sẵn như vậy.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../app/gui/record_editor.py" line="36"/>
        <source>Edit {field}</source>
        <translation>Sửa {field}</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_editor.py" line="220"/>
        <source>Some fields need attention:</source>
        <translation>Một số ô cần sửa:</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_editor.py" line="237"/>
        <source>You have unsaved changes. Save them before closing?</source>
        <translation>Có thay đổi chưa lưu. Lưu trước khi đóng?</translation>
    </message>
</context>
<context>
    <name>ReporterEditor</name>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="85"/>
        <source>New person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="89"/>
        <source>{count} activities, the last on {last}</source>
        <translation>{count} hoạt động, gần nhất ngày {last}</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="91"/>
        <source>No activity recorded yet</source>
        <translation>Chưa ghi nhận hoạt động nào</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="113"/>
        <source>Fields of law, separated by ;</source>
        <translation>Lĩnh vực pháp luật, cách nhau bằng dấu ;</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="127"/>
        <source>Central</source>
        <translation>Trung ương</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="127"/>
        <source>Provincial</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="127"/>
        <source>District (ended 1 July 2025)</source>
        <translation>Cấp huyện (kết thúc từ 01/7/2025)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="130"/>
        <source>Inactive: to review</source>
        <translation>Không hoạt động: cần rà soát</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="130"/>
        <source>Other reason: to review</source>
        <translation>Lý do khác: cần rà soát</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="132"/>
        <source>A reason to review the person; not a dismissal ground: a dismissal needs one of the legal grounds</source>
        <translation>Lý do để rà soát, không phải căn cứ cho thôi: quyết định cho thôi/miễn nhiệm phải theo một căn cứ pháp lý</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="134"/>
        <source>12 digits (optional)</source>
        <translation>12 chữ số (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="136"/>
        <source>Prosecuted, investigated or tried</source>
        <translation>Bị khởi tố, điều tra, truy tố hoặc xét xử</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="143"/>
        <source>Date (dd/mm/yyyy)</source>
        <translation>Ngày (ngày/tháng/năm)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="143"/>
        <source>Training</source>
        <translation>Nội dung tập huấn</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="143"/>
        <source>Organised by</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="147"/>
        <source>Add training</source>
        <translation>Thêm lần tập huấn</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="148"/>
        <source>Remove training</source>
        <translation>Bỏ lần tập huấn</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="164"/>
        <source>Role</source>
        <translation>Chức danh PBGDPL</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="165"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="166"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="167"/>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="168"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="169"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="170"/>
        <source>Organisation</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="171"/>
        <source>Qualification</source>
        <translation>Trình độ chuyên môn</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="174"/>
        <source>Fields of law</source>
        <translation>Lĩnh vực pháp luật</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="175"/>
        <source>Area in charge</source>
        <translation>Địa bàn phụ trách</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="176"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="177"/>
        <source>ID number</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="178"/>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="179"/>
        <source>Review</source>
        <translation>Rà soát</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="180"/>
        <source>Suspended from</source>
        <translation>Tạm không phân công từ</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="181"/>
        <source>Suspension ended on</source>
        <translation>Ngày chấm dứt tạm không phân công</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="182"/>
        <source>Suspension reason</source>
        <translation>Lý do tạm không phân công</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="183"/>
        <source>Proposed by</source>
        <translation>Cơ quan đề nghị</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="184"/>
        <source>Recognition decision number</source>
        <translation>Số quyết định công nhận</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="185"/>
        <source>Recognition decision date</source>
        <translation>Ngày quyết định công nhận</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="186"/>
        <source>Recognised by</source>
        <translation>Người ký quyết định công nhận</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="187"/>
        <source>Dismissal decision number</source>
        <translation>Số quyết định cho thôi</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="188"/>
        <source>Dismissal decision date</source>
        <translation>Ngày quyết định cho thôi</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="189"/>
        <source>Dismissed by</source>
        <translation>Người ký quyết định cho thôi</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="190"/>
        <source>Dismissal ground</source>
        <translation>Căn cứ cho thôi</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="191"/>
        <source>Dismissal reason</source>
        <translation>Lý do cho thôi</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="192"/>
        <source>Refusals</source>
        <translation>Số lần từ chối</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="193"/>
        <source>Trainings</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="195"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="198"/>
        <source>&amp;Role:</source>
        <translation>Chức &amp;danh PBGDPL:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="199"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="200"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="201"/>
        <source>&amp;Birth date:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="202"/>
        <source>&amp;Ethnicity:</source>
        <translation>Dân tộ&amp;c:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="203"/>
        <source>&amp;Title:</source>
        <translation>Chức &amp;vụ:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="205"/>
        <source>&amp;Organisation:</source>
        <translation>Cơ &amp;quan, đơn vị:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="206"/>
        <source>&amp;Qualification:</source>
        <translation>T&amp;rình độ chuyên môn:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="207"/>
        <source>Fields of &amp;law:</source>
        <translation>&amp;Lĩnh vực pháp luật:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="208"/>
        <source>&amp;Area in charge:</source>
        <translation>Địa &amp;bàn phụ trách:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="209"/>
        <source>&amp;Phone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="210"/>
        <source>ID n&amp;umber:</source>
        <translation>Số định &amp;danh:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="211"/>
        <source>Le&amp;vel (reporter):</source>
        <translation>&amp;Cấp (báo cáo viên):</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="212"/>
        <source>Revie&amp;w:</source>
        <translation>Rà &amp;soát:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="213"/>
        <source>Activities:</source>
        <translation>Hoạt động:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="214"/>
        <source>Recognition decision</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="216"/>
        <location filename="../../app/gui/reporter_editor.py" line="222"/>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="217"/>
        <location filename="../../app/gui/reporter_editor.py" line="223"/>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="218"/>
        <location filename="../../app/gui/reporter_editor.py" line="224"/>
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="219"/>
        <source>Proposed by:</source>
        <translation>Cơ quan đề nghị:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="220"/>
        <source>Dismissal (status becomes dismissed)</source>
        <translation>Cho thôi (trạng thái chuyển thành đã cho thôi)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="225"/>
        <source>Ground:</source>
        <translation>Căn cứ:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="226"/>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="227"/>
        <source>Refusals to carry out assigned work:</source>
        <translation>Số lần từ chối nhiệm vụ:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="228"/>
        <source>Suspension (Art. 8.1.e): not assigned</source>
        <translation>Tạm không phân công (Điều 8.1.e)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="230"/>
        <source>From:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="231"/>
        <source>Ended on:</source>
        <translation>Chấm dứt ngày:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="232"/>
        <source>Proceeding:</source>
        <translation>Lý do (tố tụng):</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="245"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="250"/>
        <source>&amp;Person</source>
        <translation>&amp;Thông tin cá nhân</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="259"/>
        <source>&amp;Decisions</source>
        <translation>Qu&amp;yết định</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="264"/>
        <source>T&amp;rainings</source>
        <translation>Bồ&amp;i dưỡng</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="269"/>
        <location filename="../../app/gui/reporter_editor.py" line="289"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="270"/>
        <location filename="../../app/gui/reporter_editor.py" line="291"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="271"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="272"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="293"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../app/gui/reporter_editor.py" line="401"/>
        <source>This person belongs to {unit}; only that unit can change the record. It is shown read-only.</source>
        <translation>Người này thuộc {unit}; chỉ đơn vị đó được sửa hồ sơ. Ở đây chỉ xem, không sửa được.</translation>
    </message>
</context>
<context>
    <name>ReporterTableModel</name>
    <message>
        <location filename="../../app/gui/roster.py" line="38"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="39"/>
        <source>Role</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="40"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="41"/>
        <source>Area in charge</source>
        <translation>Địa bàn phụ trách</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="42"/>
        <source>Recognition decision</source>
        <translation>QĐ công nhận</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="43"/>
        <source>Trainings</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="44"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="45"/>
        <source>Activities</source>
        <translation>Số HĐ</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="46"/>
        <source>Last activity</source>
        <translation>HĐ gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="47"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="31"/>
        <source>Report on PBGDPL results (báo cáo kết quả)</source>
        <translation>Báo cáo kết quả công tác PBGDPL</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="32"/>
        <source>Activity log (sổ theo dõi)</source>
        <translation>Sổ theo dõi hoạt động PBGDPL</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="33"/>
        <source>List of reporters (danh sách BCV, TTV)</source>
        <translation>Danh sách báo cáo viên, tuyên truyền viên</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="34"/>
        <source>Review of reporters for the chairman (rà soát BCV, TTV)</source>
        <translation>Báo cáo rà soát báo cáo viên, tuyên truyền viên (trình Chủ tịch)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="40"/>
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="40"/>
        <source>First 6 months</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="40"/>
        <source>Last 6 months</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="41"/>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="110"/>
        <source>Name of the signer (Chủ tịch …)</source>
        <translation>Tên người ký (Chủ tịch …)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="126"/>
        <source>II. General assessment: results, limitations and their causes</source>
        <translation>II. Đánh giá chung: kết quả, hạn chế và nguyên nhân</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="129"/>
        <source>III. Tasks for the next period</source>
        <translation>III. Phương hướng, nhiệm vụ kỳ tới</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="133"/>
        <source>Dotted lines for an empty section (to write by hand)</source>
        <translation>In dòng chấm cho phần để trống (viết tay)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="134"/>
        <source>Sections II and III of the report (kept with the period)</source>
        <translation>Phần II và III của báo cáo (lưu theo kỳ)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="118"/>
        <location filename="../../app/gui/reports_screen.py" line="121"/>
        <source>Agency, place, signer, recipients…</source>
        <translation>Cơ quan, địa danh, người ký, nơi nhận…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="143"/>
        <source>&amp;Preview</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="144"/>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="145"/>
        <source>Save &amp;PDF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="146"/>
        <source>Save &amp;Excel…</source>
        <translation>Lưu &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="147"/>
        <source>&amp;Sign and save…</source>
        <translation>&amp;Ký số và lưu…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="153"/>
        <source>Choose a document and a period, then Preview.</source>
        <translation>Chọn văn bản và kỳ báo cáo, rồi bấm Xem trước.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="163"/>
        <source>Previous page (Page Up)</source>
        <translation>Trang trước (Page Up)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="164"/>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="166"/>
        <source>Next page (Page Down)</source>
        <translation>Trang sau (Page Down)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="167"/>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="172"/>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="174"/>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="177"/>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="191"/>
        <source>Page:</source>
        <translation>Trang:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="195"/>
        <source>Zoom:</source>
        <translation>Thu phóng:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="199"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="202"/>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="212"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="301"/>
        <source>Preparing the document…</source>
        <translation>Đang chuẩn bị văn bản…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="340"/>
        <source>Certificate file</source>
        <translation>Tệp chứng thư số</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="340"/>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Chứng thư số (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="343"/>
        <source>Certificate password</source>
        <translation>Mật khẩu chứng thư số</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="343"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="357"/>
        <source>Not saved.</source>
        <translation>Chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="360"/>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="370"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="371"/>
        <source>This report has no data received from any unit for its period:
%1

Save it anyway?</source>
        <translation>Báo cáo này chưa có số liệu của đơn vị nào trong kỳ:
%1

Vẫn lưu báo cáo?</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="411"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="411"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="412"/>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../app/gui/reports_screen.py" line="429"/>
        <source>%1 page(s)</source>
        <translation>%1 trang</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../../app/gui/roster.py" line="52"/>
        <source>Legal reporter (BCV)</source>
        <translation>Báo cáo viên pháp luật (BCV)</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="52"/>
        <source>Legal propagandist (TTV)</source>
        <translation>Tuyên truyền viên pháp luật (TTV)</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="56"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="56"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="61"/>
        <source>Suspended (not assigned)</source>
        <translation>Tạm không phân công</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="62"/>
        <source>District level ended</source>
        <translation>Cấp huyện đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="63"/>
        <source>Dismissed</source>
        <translation>Đã cho thôi</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="64"/>
        <source>Not yet recognised</source>
        <translation>Chưa được công nhận</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="78"/>
        <source>, to review</source>
        <translation>, cần rà soát</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="60"/>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
</context>
<context>
    <name>RosterExportDialog</name>
    <message>
        <location filename="../../app/gui/roster_export.py" line="26"/>
        <source>Export the roster</source>
        <translation>Xuất danh sách báo cáo viên, tuyên truyền viên</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_export.py" line="27"/>
        <source>Include &amp;personal data (date of birth, ID number, phone)</source>
        <translation>Kèm &amp;dữ liệu cá nhân (ngày sinh, số định danh, điện thoại)</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_export.py" line="30"/>
        <source>Personal data is left out unless you need it, for example for a list the competent authority asks for. A file with dates of birth, ID numbers and phones must be kept safe and not passed around (Decree 13/2023/NĐ-CP on personal data protection). A file without them can still be imported again: the personal data stored here is kept.</source>
        <translation>Dữ liệu cá nhân chỉ đưa vào tệp khi thật cần, ví dụ danh sách cơ quan có thẩm quyền yêu cầu. Tệp có ngày sinh, số định danh, điện thoại phải được bảo quản an toàn, không chuyển tùy tiện (Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân). Tệp không có các thông tin này vẫn nhập lại được: dữ liệu cá nhân đã lưu trong máy được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_export.py" line="36"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Lưu thành…</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_export.py" line="52"/>
        <source>Save the roster</source>
        <translation>Lưu danh sách</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_export.py" line="53"/>
        <source>Excel files (*.xlsx);;CSV files (*.csv)</source>
        <translation>Tệp Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_export.py" line="64"/>
        <source>Exporting the roster…</source>
        <translation>Đang xuất danh sách…</translation>
    </message>
</context>
<context>
    <name>RosterReviewDialog</name>
    <message>
        <location filename="../../app/gui/roster_review.py" line="75"/>
        <source>Review and trainings</source>
        <translation>Rà soát và tập huấn</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="75"/>
        <source>Review and trainings (read only)</source>
        <translation>Rà soát và tập huấn (chỉ xem)</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="81"/>
        <location filename="../../app/gui/roster_review.py" line="88"/>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="81"/>
        <source>Finding</source>
        <translation>Nội dung rà soát</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="81"/>
        <source>Proposal and legal ground</source>
        <translation>Đề xuất xử lý, căn cứ</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="85"/>
        <source>&amp;Review</source>
        <translation>&amp;Rà soát</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="88"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="88"/>
        <source>Role</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="88"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="89"/>
        <source>Last training</source>
        <translation>Tập huấn gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="89"/>
        <source>Activities</source>
        <translation>Số hoạt động</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="89"/>
        <source>Last activity</source>
        <translation>Hoạt động gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="93"/>
        <source>&amp;People</source>
        <translation>&amp;Danh sách người</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="101"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="101"/>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="101"/>
        <source>Organised by</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="101"/>
        <source>Attendees</source>
        <translation>Người tham dự</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="103"/>
        <source>Find a person…</source>
        <translation>Tìm người…</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="105"/>
        <source>&amp;Add training</source>
        <translation>&amp;Thêm lớp tập huấn</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="107"/>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="110"/>
        <source>Da&amp;te:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="111"/>
        <source>T&amp;opic:</source>
        <translation>C&amp;hủ đề:</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="112"/>
        <source>Organised &amp;by:</source>
        <translation>Đơn vị tổ &amp;chức:</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="113"/>
        <source>Attendees:</source>
        <translation>Người tham dự:</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="126"/>
        <source>&amp;Trainings</source>
        <translation>&amp;Tập huấn</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="131"/>
        <source>Working days: Monday to Friday less the public holidays of the holiday list (a year whose Tết and Giỗ Tổ days are not listed is said in the notes).</source>
        <translation>Ngày làm việc: từ thứ Hai đến thứ Sáu, trừ các ngày nghỉ lễ, tết trong danh mục ngày nghỉ (năm nào chưa có ngày nghỉ Tết Âm lịch, Giỗ Tổ thì cột Ghi chú nói rõ).</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="134"/>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="134"/>
        <source>Legal basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="134"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="134"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="136"/>
        <source>Proposal re&amp;ceived on:</source>
        <translation>Ngày &amp;nhận đề nghị:</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="141"/>
        <source>Time &amp;limits</source>
        <translation>Thờ&amp;i hạn</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="144"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="197"/>
        <source>{people} people to review. Read only: the commune&apos;s chairman decides; ask the commune to review them.</source>
        <translation>{people} người cần rà soát. Chỉ xem: Chủ tịch UBND cấp xã quyết định; đề nghị xã rà soát những người này.</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="199"/>
        <source>{people} people to review. Print the review for the chairman from Reports.</source>
        <translation>{people} người cần rà soát. In báo cáo rà soát trình Chủ tịch tại màn hình Báo cáo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="195"/>
        <source>Nobody to review.</source>
        <translation>Không có ai cần rà soát.</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster_review.py" line="235"/>
        <source>Legal propagandists trained in {year}: {trained} of {active} ({percent} %)</source>
        <translation>Tuyên truyền viên được tập huấn năm {year}: {trained}/{active} người ({percent} %)</translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <location filename="../../app/gui/roster.py" line="218"/>
        <source>Search name, area, phone… (accents not needed)</source>
        <translation>Tìm tên, địa bàn, điện thoại… (không cần gõ dấu)</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="218"/>
        <source>Search name, area, phone…</source>
        <translation>Tìm tên, địa bàn, điện thoại…</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="219"/>
        <source>Search reporters</source>
        <translation>Tìm báo cáo viên, tuyên truyền viên</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="221"/>
        <source>All roles</source>
        <translation>Mọi chức danh</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="226"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="243"/>
        <source>&amp;New person</source>
        <translation>&amp;Thêm người</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="244"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="245"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="246"/>
        <source>Delete a record entered by mistake (a dismissal is recorded in the person&apos;s form)</source>
        <translation>Xóa bản ghi nhập nhầm (việc cho thôi được ghi trong hồ sơ của người đó)</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="247"/>
        <source>Re&amp;view and trainings…</source>
        <translation>Rà soát và tậ&amp;p huấn…</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="248"/>
        <source>Who to review and on what legal ground; trainings and the share of propagandists trained</source>
        <translation>Người cần rà soát và căn cứ pháp lý; các lớp tập huấn và tỷ lệ tuyên truyền viên được tập huấn</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="250"/>
        <source>Read only: the review of the reporters of the units chosen, their trainings and last activity</source>
        <translation>Chỉ xem: rà soát báo cáo viên, tuyên truyền viên của các đơn vị đã chọn, tập huấn và hoạt động gần nhất của họ</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="251"/>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="252"/>
        <source>The list as shown by the unit filter, to .xlsx or .csv; personal data only if you choose</source>
        <translation>Danh sách theo bộ lọc đơn vị, ra tệp .xlsx hoặc .csv; chỉ kèm dữ liệu cá nhân khi anh/chị chọn</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="255"/>
        <source>Legal reporters and propagandists</source>
        <translation>Báo cáo viên, tuyên truyền viên pháp luật</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="294"/>
        <source>New person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="218"/>
        <location filename="../../app/gui/roster.py" line="295"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="302"/>
        <location filename="../../app/gui/roster.py" line="432"/>
        <location filename="../../app/gui/roster.py" line="440"/>
        <source>Delete person</source>
        <translation>Xóa người</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="336"/>
        <source>{count} people written to {path}</source>
        <translation>Đã ghi {count} người vào {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="337"/>
        <source>with personal data</source>
        <translation>có dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="337"/>
        <source>personal data left out</source>
        <translation>không kèm dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="356"/>
        <source>{n} people shown: {bcv} legal reporters, {ttv} legal propagandists</source>
        <translation>Đang hiện {n} người: {bcv} báo cáo viên, {ttv} tuyên truyền viên</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="433"/>
        <source>{name} belongs to {unit}; only that unit can change or delete this record.</source>
        <translation>{name} thuộc {unit}; chỉ đơn vị đó được sửa hoặc xóa hồ sơ này.</translation>
    </message>
    <message>
        <location filename="../../app/gui/roster.py" line="442"/>
        <source>Delete {name} from the roster? Use this only for a record entered by mistake; to end someone&apos;s service, record the dismissal decision instead.</source>
        <translation>Xóa {name} khỏi danh sách? Chỉ dùng khi nhập nhầm; khi một người thôi làm nhiệm vụ, hãy ghi quyết định cho thôi.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="70"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="72"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="78"/>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="79"/>
        <source>Use another data folder…</source>
        <translation>Dùng thư mục dữ liệu khác…</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="80"/>
        <location filename="../../app/gui/settings_screen.py" line="226"/>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="94"/>
        <source>e.g. Công chức Tư pháp - Hộ tịch</source>
        <translation>ví dụ: Công chức Tư pháp - Hộ tịch</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="95"/>
        <source>Save the &amp;officer</source>
        <translation>Lưu người &amp;phụ trách</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="98"/>
        <source>Officer in charge</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="100"/>
        <source>&amp;Name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="101"/>
        <source>&amp;Title:</source>
        <translation>&amp;Chức danh:</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="106"/>
        <source>Made on</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="106"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="106"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="106"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="115"/>
        <source>&amp;Make a backup now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="116"/>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Khôi phục bản sao lưu đang chọn…</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="117"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="119"/>
        <source>No backup yet. PBGDPL makes one by itself before each import of bundles or spreadsheets, each catalog update, each restore and each upgrade, and once a day when it closes; click “Make a backup now” to keep one of today&apos;s data.</source>
        <translation>Chưa có bản sao lưu nào. PBGDPL tự sao lưu trước mỗi lần nhập gói dữ liệu hoặc bảng tính, mỗi lần cập nhật danh mục, mỗi lần khôi phục và mỗi lần nâng cấp, và mỗi ngày một lần khi đóng chương trình; bấm “Sao lưu ngay” để giữ một bản của dữ liệu hôm nay.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="144"/>
        <source>About PBGDPL</source>
        <translation>Giới thiệu PBGDPL</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="151"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="191"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="206"/>
        <source>The new language is used the next time PBGDPL starts.</source>
        <translation>Ngôn ngữ mới được dùng từ lần mở PBGDPL tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="215"/>
        <source>Choose the data folder</source>
        <translation>Chọn thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="227"/>
        <source>PBGDPL will use {folder} the next time it starts. A new folder is set up by the first-run wizard.</source>
        <translation>PBGDPL sẽ dùng {folder} từ lần mở tiếp theo. Thư mục mới sẽ được thiết lập bằng trình hướng dẫn lần đầu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="251"/>
        <source>{count} copies, {total} together; automatic copies are kept for 7 days, 5 weeks and 12 months, and the oldest are deleted when all copies pass {cap}. Your own copies are never deleted.</source>
        <translation>{count} bản sao, tổng cộng {total}; bản sao tự động được giữ theo 7 ngày, 5 tuần và 12 tháng gần nhất, bản cũ nhất bị xóa khi tất cả vượt quá {cap}. Bản sao do bạn tạo không bao giờ bị xóa.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="267"/>
        <source>Making a backup…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="277"/>
        <source>Made by you</source>
        <translation>Do bạn tạo</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="278"/>
        <source>Daily (on closing)</source>
        <translation>Hằng ngày (khi đóng)</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="279"/>
        <source>Before an import</source>
        <translation>Trước khi nhập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="280"/>
        <source>Before a catalog update</source>
        <translation>Trước khi cập nhật danh mục</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="281"/>
        <source>Data before a restore</source>
        <translation>Dữ liệu trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="282"/>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="283"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="293"/>
        <source>activities</source>
        <translation>hoạt động</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="293"/>
        <source>reporters</source>
        <translation>báo cáo viên, tuyên truyền viên</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="293"/>
        <source>attached files</source>
        <translation>tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="294"/>
        <source>plans</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="294"/>
        <source>plan tasks</source>
        <translation>nhiệm vụ kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="294"/>
        <source>trainings</source>
        <translation>lớp bồi dưỡng</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="295"/>
        <source>assessments</source>
        <translation>kết quả đánh giá</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="295"/>
        <source>assessment answers</source>
        <translation>điểm chấm</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="296"/>
        <source>bundles received</source>
        <translation>gói đã nhận</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="296"/>
        <source>bundles sent</source>
        <translation>gói đã gửi</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="300"/>
        <source>The current data holds nothing that this backup lacks.</source>
        <translation>Dữ liệu hiện tại không có gì mà bản sao lưu này thiếu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="301"/>
        <source>Lost by the restore (entered after this backup): {items}.</source>
        <translation>Sẽ mất khi khôi phục (nhập sau bản sao lưu này): {items}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="316"/>
        <location filename="../../app/gui/settings_screen.py" line="335"/>
        <location filename="../../app/gui/settings_screen.py" line="340"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="318"/>
        <source>Replace all current data with the backup {name}? Everything entered after that backup will be replaced. A copy of the current data is kept in the backups folder first. PBGDPL closes afterwards.</source>
        <translation>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu {name}? Mọi thứ nhập sau bản sao lưu đó sẽ bị thay thế. Dữ liệu hiện tại được sao lưu trước vào thư mục sao lưu. Sau đó PBGDPL sẽ đóng.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="335"/>
        <source>PBGDPL closes now; open it again.</source>
        <translation>PBGDPL sẽ đóng ngay; hãy mở lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="341"/>
        <source>The backup was restored (the previous data was saved as {name}). PBGDPL closes now; open it again.</source>
        <translation>Đã khôi phục bản sao lưu (dữ liệu trước đó được lưu thành {name}). PBGDPL sẽ đóng ngay; hãy mở lại.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="352"/>
        <source>(no signing key yet)</source>
        <translation>(chưa có khóa ký)</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="364"/>
        <source>PBGDPL {version}: offline log of legal dissemination and education.</source>
        <translation>PBGDPL {version}: sổ theo dõi phổ biến, giáo dục pháp luật, dùng không cần mạng.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="365"/>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Giấy phép: GNU General Public License phiên bản 3 trở lên (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="366"/>
        <source>Unit: {unit} ({code})</source>
        <translation>Đơn vị: {unit} ({code})</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="367"/>
        <source>Officer: {officer}</source>
        <translation>Người phụ trách: {officer}</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_screen.py" line="368"/>
        <source>Signing key fingerprint:</source>
        <translation>Dấu vân tay khóa ký:</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="53"/>
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="54"/>
        <source>First half-year</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="55"/>
        <source>Second half-year</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="56"/>
        <source>Quarter I</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="57"/>
        <source>Quarter II</source>
        <translation>Quý II</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="58"/>
        <source>Quarter III</source>
        <translation>Quý III</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="59"/>
        <source>Quarter IV</source>
        <translation>Quý IV</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="104"/>
        <source>%1: not decided</source>
        <translation>%1: chưa duyệt</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="106"/>
        <source>%1: changed after the decision, decide again</source>
        <translation>%1: đã sửa sau khi duyệt — cần duyệt lại</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="136"/>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="175"/>
        <source>Decision file for %1 written: %2. %1 reports through %3: send it there; that office imports it and passes the decisions on.</source>
        <translation>Đã ghi tệp quyết định cho %1: %2. %1 báo cáo qua %3: hãy gửi tệp cho cơ quan đó; cơ quan đó nhập tệp và chuyển tiếp các quyết định.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="184"/>
        <source>It also carries %1 decision(s) of the upper level, passed on.</source>
        <translation>Tệp cũng chuyển tiếp %1 quyết định của cấp trên.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="194"/>
        <source>It carries %1 original bundle(s) of %2 unit(s), unchanged: %3</source>
        <translation>Kèm nguyên vẹn %1 gói gốc của %2 đơn vị: %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="197"/>
        <source>Not carried: unit %1, %2 was returned (%3)</source>
        <translation>Không gửi kèm: đơn vị %1, kỳ %2 đã bị trả lại (%3)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="206"/>
        <source>Files no. %1 never arrived: ask the unit to send its data again.</source>
        <translation>Các tệp số %1 chưa nhận được: đề nghị đơn vị gửi lại dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="208"/>
        <source>Files no. %1 never arrived, but a later file of the same period replaces them: no data is missing.</source>
        <translation>Các tệp số %1 chưa nhận được, nhưng tệp sau của cùng kỳ đã thay thế: không thiếu dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="210"/>
        <source>Numbers %1 arrived twice in different files from one computer.</source>
        <translation>Số %1 xuất hiện hai lần ở hai tệp khác nhau từ cùng một máy.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="212"/>
        <source>Files came from %1 computers; each numbers its files from 1.</source>
        <translation>Tệp đến từ %1 máy tính; mỗi máy đánh số tệp từ 1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="213"/>
        <source>No file is missing.</source>
        <translation>Không thiếu tệp nào.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="228"/>
        <source>carries %1 original bundle(s) of its units, %2 new here</source>
        <translation>kèm %1 gói gốc của các đơn vị, %2 gói mới ở đây</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="232"/>
        <source>refused: unit %1 no. %2 (%3)</source>
        <translation>bị từ chối: đơn vị %1 gói số %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="251"/>
        <source>&amp;Send data</source>
        <translation>&amp;Gửi dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="252"/>
        <source>&amp;Receive data</source>
        <translation>&amp;Nhận dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="253"/>
        <source>&amp;Trusted keys</source>
        <translation>Khóa t&amp;in cậy</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="254"/>
        <location filename="../../app/gui/sync_screen.py" line="526"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Xung đột</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="256"/>
        <source>Send / receive data</source>
        <translation>Gửi / nhận dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="278"/>
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="281"/>
        <source>&amp;Browse…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="286"/>
        <source>Save to &amp;folder:</source>
        <translation>&amp;Lưu vào thư mục:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="290"/>
        <source>passphrase of the signing key</source>
        <translation>mật khẩu của khóa ký số</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="291"/>
        <source>&amp;Passphrase:</source>
        <translation>Mật khẩ&amp;u:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="296"/>
        <source>Create &amp;signing key…</source>
        <translation>Tạo khóa ký &amp;số…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="298"/>
        <source>Use a &amp;key backup…</source>
        <translation>Dùng bản sao lưu &amp;khóa…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="299"/>
        <source>A reinstalled computer signs again with the key backup of this unit (the upper level need not enrol anything).</source>
        <translation>Máy cài lại ký tiếp bằng bản sao lưu khóa của đơn vị (cấp trên không phải đăng ký lại).</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="301"/>
        <source>&amp;Export signed data file</source>
        <translation>Xuất tệp dữ liệu đã &amp;ký</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="307"/>
        <source>A signed file with everything this unit recorded for the period (deleted records included), to carry upward by USB or email.</source>
        <translation>Một tệp có ký số chứa mọi dữ liệu đơn vị đã ghi trong kỳ (kể cả bản ghi đã xóa), để gửi lên cấp trên bằng USB hoặc thư điện tử.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="327"/>
        <source>C&amp;hoose data files…</source>
        <translation>C&amp;họn tệp dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="329"/>
        <source>&amp;Import these files</source>
        <translation>Nhậ&amp;p các tệp này</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="332"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="332"/>
        <location filename="../../app/gui/sync_screen.py" line="345"/>
        <location filename="../../app/gui/sync_screen.py" line="397"/>
        <location filename="../../app/gui/sync_screen.py" line="454"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="332"/>
        <location filename="../../app/gui/sync_screen.py" line="454"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="332"/>
        <source>Periods</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="332"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="332"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="332"/>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="332"/>
        <source>Stale</source>
        <translation>Cũ hơn</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="332"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="332"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="332"/>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="335"/>
        <source>&amp;Records…</source>
        <translation>Từng &amp;bản ghi…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="336"/>
        <source>Each record of the selected file: new, changed (which fields, old and new value), deleted, older or in conflict</source>
        <translation>Từng bản ghi của tệp đã chọn: mới, thay đổi (trường nào, giá trị cũ và mới), đã xóa, cũ hơn hoặc xung đột</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="339"/>
        <source>Compare with the signed sheet, then &amp;enrol…</source>
        <translation>Đối chiếu với phiếu đã ký, rồi đăng &amp;ký khóa…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="340"/>
        <source>The selected file was refused because its key is not enrolled here: open the trust tab with its unit and whole fingerprint, to compare with the unit&apos;s signed enrolment sheet</source>
        <translation>Tệp đã chọn bị từ chối vì khóa của tệp chưa được đăng ký ở đây: mở thẻ khóa tin cậy với đơn vị và toàn bộ dấu vân tay của khóa, để đối chiếu với phiếu đăng ký khóa đã ký của đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="345"/>
        <source>Files received</source>
        <translation>Số tệp đã nhận</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="345"/>
        <source>Last no.</source>
        <translation>Số cuối</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="345"/>
        <source>Last received</source>
        <translation>Nhận lần cuối</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="345"/>
        <source>Missing no.</source>
        <translation>Số còn thiếu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="345"/>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="345"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="345"/>
        <source>Sent by</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="371"/>
        <source>&amp;Approve / return…</source>
        <translation>D&amp;uyệt / Trả lại…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="372"/>
        <source>Approve the selected unit&apos;s last period, or return it for correction</source>
        <translation>Duyệt kỳ gần nhất của đơn vị đang chọn, hoặc trả lại để sửa</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="374"/>
        <source>Send &amp;decisions to the unit…</source>
        <translation>Gửi &amp;quyết định cho đơn vị…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="375"/>
        <source>Write a signed file with the decisions on the selected unit, to send it down</source>
        <translation>Lập tệp có chữ ký số chứa các quyết định về đơn vị đang chọn để gửi xuống</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="377"/>
        <source>Send the unit its data &amp;back…</source>
        <translation>Gửi &amp;lại dữ liệu cho đơn vị…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="378"/>
        <source>For a unit that lost or replaced its computer: a signed file with every data file received from it, to restore its records</source>
        <translation>Cho đơn vị bị mất hoặc thay máy tính: một tệp có ký số chứa mọi tệp dữ liệu đã nhận từ đơn vị, để khôi phục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="380"/>
        <source>Restore data from the upper &amp;level…</source>
        <translation>&amp;Khôi phục dữ liệu từ cấp trên…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="381"/>
        <source>On a new or reinstalled computer: take this unit&apos;s records back from the restore file the upper level sent</source>
        <translation>Trên máy tính mới hoặc cài lại: lấy lại dữ liệu của đơn vị từ tệp khôi phục cấp trên gửi</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="397"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="397"/>
        <source>Enrolled</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="397"/>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="397"/>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="404"/>
        <source>13 groups of 5 from the signed enrolment sheet, or scan its QR code</source>
        <translation>13 nhóm 5 ký tự trên phiếu đăng ký đã ký, hoặc quét mã QR của phiếu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="408"/>
        <source>Replaces the unit&apos;s current &amp;key</source>
        <translation>Thay cho &amp;khóa hiện tại của đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="410"/>
        <source>— choose what happened to the old computer —</source>
        <translation>— chọn tình trạng của máy tính cũ —</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="411"/>
        <source>The old computer is still with the unit: keep reading the files it already wrote</source>
        <translation>Máy cũ vẫn còn ở đơn vị: vẫn nhận các tệp máy cũ đã ghi</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="412"/>
        <source>The old computer is gone (lost, broken, stolen): revoke its key</source>
        <translation>Máy cũ không còn (mất, hỏng, bị lấy cắp): thu hồi khóa của máy cũ</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="415"/>
        <source>&amp;Trust this key</source>
        <translation>Tin cậ&amp;y khóa này</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="417"/>
        <source>Re&amp;voke selected key…</source>
        <translation>Thu &amp;hồi khóa đã chọn…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="423"/>
        <source>&amp;Unit code:</source>
        <translation>&amp;Mã đơn vị:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="425"/>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Dấu vân tay:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="429"/>
        <source>&amp;Old computer:</source>
        <translation>&amp;Máy tính cũ:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="436"/>
        <source>Enrol each unit&apos;s key from its signed and stamped enrolment sheet: a unit&apos;s data files are accepted only then.</source>
        <translation>Đăng ký khóa của từng đơn vị theo phiếu đăng ký đã ký, đóng dấu: chỉ khi đó tệp dữ liệu của đơn vị mới được nhận.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="438"/>
        <source>Enrol the upper level&apos;s key here, from its signed and stamped enrolment sheet: its decisions and restore file are accepted only then.</source>
        <translation>Đăng ký khóa của cấp trên tại đây, theo phiếu đăng ký đã ký, đóng dấu: chỉ khi đó quyết định và tệp khôi phục của cấp trên mới được nhận.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="454"/>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="454"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="454"/>
        <source>Differs in</source>
        <translation>Khác nhau ở</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="454"/>
        <source>Mine</source>
        <translation>Bản của mình</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="454"/>
        <source>Theirs</source>
        <translation>Bản nhận được</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="454"/>
        <source>Found</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="456"/>
        <source>&amp;Keep mine</source>
        <translation>Giữ &amp;bản của mình</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="458"/>
        <source>Take &amp;theirs</source>
        <translation>&amp;Lấy bản nhận được</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="460"/>
        <source>Two different versions of the same revision arrived (a restored backup or a second computer). The current version stays until you choose.</source>
        <translation>Đã nhận hai phiên bản khác nhau của cùng một lần sửa (do khôi phục bản sao lưu hoặc dùng máy thứ hai). Phiên bản hiện tại được giữ cho đến khi bạn chọn.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="477"/>
        <source>This installation has no signing key yet. Create one before exporting.</source>
        <translation>Máy này chưa có khóa ký số. Hãy tạo khóa trước khi xuất dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="480"/>
        <source>Signing key fingerprint: %1</source>
        <translation>Dấu vân tay của khóa ký số: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="491"/>
        <source>in use</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="491"/>
        <source>replaced</source>
        <translation>đã thay</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="491"/>
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="134"/>
        <source>revision %1</source>
        <translation>lần sửa %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="561"/>
        <source>Save the data file to</source>
        <translation>Lưu tệp dữ liệu vào</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="567"/>
        <location filename="../../app/gui/sync_screen.py" line="570"/>
        <location filename="../../app/gui/sync_screen.py" line="574"/>
        <location filename="../../app/gui/sync_screen.py" line="583"/>
        <source>Signing key</source>
        <translation>Khóa ký số</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="570"/>
        <source>Type the passphrase again:</source>
        <translation>Gõ lại mật khẩu:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="574"/>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Hai mật khẩu không giống nhau; chưa tạo khóa.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="629"/>
        <source>Writing the signed data file…</source>
        <translation>Đang ghi tệp dữ liệu có ký số…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="638"/>
        <source>Done and checked: %1
%2 activities, %3 reporters, %4 attachments. Key fingerprint: %5</source>
        <translation>Đã xuất và kiểm tra: %1
%2 hoạt động, %3 báo cáo viên/tuyên truyền viên, %4 tệp đính kèm. Dấu vân tay khóa: %5</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="647"/>
        <source>Choose data files</source>
        <translation>Chọn tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="647"/>
        <source>PBGDPL data files (*.pbgdpl);;All files (*)</source>
        <translation>Tệp dữ liệu PBGDPL (*.pbgdpl);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="657"/>
        <source>Checking the data files…</source>
        <translation>Đang kiểm tra các tệp dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="666"/>
        <source>Preview only, nothing written yet: %1 of %2 file(s) can be imported.</source>
        <translation>Mới xem trước, chưa ghi gì: nhập được %1 trong số %2 tệp.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="678"/>
        <source>Importing the data files…</source>
        <translation>Đang nhập các tệp dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="108"/>
        <location filename="../../app/gui/sync_screen.py" line="710"/>
        <source>%1: approved</source>
        <translation>%1: đã duyệt</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="110"/>
        <location filename="../../app/gui/sync_screen.py" line="711"/>
        <source>%1: returned (%2)</source>
        <translation>%1: bị trả lại (%2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="716"/>
        <source>already imported on %1; nothing to do</source>
        <translation>đã nhập ngày %1; không cần nhập lại</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="722"/>
        <source>can be imported</source>
        <translation>nhập được</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="722"/>
        <source>imported</source>
        <translation>đã nhập</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="724"/>
        <source>missing no. %1</source>
        <translation>thiếu số %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="86"/>
        <source>forms of dissemination</source>
        <translation>hình thức phổ biến</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="87"/>
        <source>target groups</source>
        <translation>đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="88"/>
        <source>dismissal grounds</source>
        <translation>căn cứ miễn nhiệm</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="89"/>
        <source>reporting rules</source>
        <translation>quy định báo cáo</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="92"/>
        <source>the catalog of %1, version %2, is not known here (known: %3); its codes were checked against every known version</source>
        <translation>danh mục %1 phiên bản %2 chưa có ở máy này (đã có: %3); các mã đã được đối chiếu với mọi phiên bản đã có</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="729"/>
        <source>%1 changed after approval: approve it again</source>
        <translation>%1 thay đổi sau khi duyệt: cần duyệt lại</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="153"/>
        <source>Save the decision file to</source>
        <translation>Lưu tệp quyết định vào</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="167"/>
        <source>Passphrase</source>
        <translation>Mật khẩu khóa</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="167"/>
        <source>Passphrase of the signing key:</source>
        <translation>Mật khẩu của khóa ký:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="180"/>
        <source>Decision file for %1 written: %2. Send it to the unit; it imports it on its Receive data tab.</source>
        <translation>Đã lập tệp quyết định cho %1: %2. Hãy gửi cho đơn vị; đơn vị nhập tệp ở thẻ Nhận dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="355"/>
        <source>The data files of the units under this one: each is checked first (nothing is written), then imported when you press Import.</source>
        <translation>Tệp dữ liệu của các đơn vị trực thuộc: mỗi tệp được kiểm tra trước (chưa ghi gì), rồi mới nhập khi bấm “Nhập các tệp này”.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="356"/>
        <source>Received from the units so far:</source>
        <translation>Đã nhận từ các đơn vị:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="358"/>
        <source>Files from the upper level: its decisions on your reports (approved, or returned for correction) and, on a new computer, the restore file. Criteria updates are taken in the “Legal access standard” screen.</source>
        <translation>Tệp từ cấp trên: quyết định về báo cáo của đơn vị (đã duyệt, hoặc trả lại để sửa) và, khi dùng máy tính mới, tệp khôi phục dữ liệu. Bản cập nhật bộ tiêu chí được nhận ở màn hình “Chuẩn tiếp cận pháp luật”.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="359"/>
        <source>Received from the upper level so far:</source>
        <translation>Đã nhận từ cấp trên:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="518"/>
        <source>Record id collision: the stored record belongs to unit %1, the other version comes from unit %2. Keep mine leaves it with unit %1; take theirs gives it to unit %2.</source>
        <translation>Trùng mã bản ghi: bản ghi đang lưu thuộc đơn vị %1, bản kia do đơn vị %2 gửi. “Giữ bản của mình” để bản ghi thuộc đơn vị %1; “Lấy bản nhận được” giao bản ghi cho đơn vị %2.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="567"/>
        <source>Choose a passphrase: a short sentence, or at least 8 characters mixing letters with digits or spaces:</source>
        <translation>Chọn mật khẩu: một câu ngắn, hoặc ít nhất 8 ký tự kết hợp chữ cái với chữ số hay dấu cách:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="580"/>
        <source>Choose the key backup</source>
        <translation>Chọn bản sao lưu khóa</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="580"/>
        <source>Key backups (*.pem)</source>
        <translation>Bản sao lưu khóa (*.pem)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="583"/>
        <source>Passphrase of the key backup (empty if it has none):</source>
        <translation>Mật khẩu của bản sao lưu khóa (để trống nếu không có):</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="693"/>
        <source>%1 file(s) imported, %2 already here (nothing to do), %3 refused; each report is kept with a copy of the file.</source>
        <translation>Đã nhập %1 tệp, %2 tệp đã có (không cần làm gì), %3 tệp bị từ chối; mỗi báo cáo được lưu kèm bản sao của tệp.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="718"/>
        <source>the same file as %1, chosen twice; imported once</source>
        <translation>trùng với tệp %1 (chọn hai lần); chỉ nhập một lần</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="776"/>
        <source>From the refused file: unit %1 (%2), sent by %3. Compare this fingerprint group by group with the unit&apos;s signed enrolment sheet; trust the key only if every group is the same.</source>
        <translation>Từ tệp bị từ chối: đơn vị %1 (%2), người gửi %3. Đối chiếu từng nhóm ký tự của dấu vân tay này với phiếu đăng ký khóa đã ký của đơn vị; chỉ tin cậy khóa khi mọi nhóm đều giống nhau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="780"/>
        <source>The unit is enrolled with another key (%1): this key replaces it; say what became of the old computer.</source>
        <translation>Đơn vị đang đăng ký một khóa khác (%1): khóa này thay thế khóa đó; hãy chọn tình trạng của máy tính cũ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="827"/>
        <source>Save the restore file to</source>
        <translation>Lưu tệp khôi phục vào</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="842"/>
        <source>Restore file for %1 written: %2 (%3 data files). Send it to the unit; it takes it with &quot;Restore data from the upper level&quot;.</source>
        <translation>Đã ghi tệp khôi phục cho %1: %2 (%3 tệp dữ liệu). Gửi tệp này cho đơn vị; đơn vị dùng nút “Khôi phục dữ liệu từ cấp trên”.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="848"/>
        <source>Choose the restore file from the upper level</source>
        <translation>Chọn tệp khôi phục do cấp trên gửi</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="848"/>
        <source>pbgdpl data files (*.pbgdpl)</source>
        <translation>Tệp dữ liệu pbgdpl (*.pbgdpl)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="862"/>
        <source>Restored from the upper level: %1 records added, %2 updated to a newer revision, %3 already here. The next data file will be no. %4.</source>
        <translation>Đã khôi phục từ cấp trên: thêm %1 bản ghi, cập nhật %2 bản ghi lên phiên bản mới hơn, %3 bản ghi đã có. Tệp dữ liệu tiếp theo sẽ mang số %4.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="931"/>
        <source>Choose what happened to the unit&apos;s old computer: is it still with the unit, or gone (lost, broken, stolen)?</source>
        <translation>Hãy chọn tình trạng máy tính cũ của đơn vị: vẫn còn ở đơn vị, hay không còn (mất, hỏng, bị lấy cắp)?</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="950"/>
        <source>Revoke key</source>
        <translation>Thu hồi khóa</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="950"/>
        <source>Revoke key %1 of unit %2? No file it signed will be accepted any more. Reason:</source>
        <translation>Thu hồi khóa %1 của đơn vị %2? Mọi tệp ký bằng khóa này sẽ không được chấp nhận nữa. Lý do:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="882"/>
        <source>(not in the unit catalog: check the code)</source>
        <translation>(không có trong danh mục đơn vị: hãy kiểm tra mã)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="902"/>
        <source>From the QR code: unit %1 (%2), officer %3. Check them against the signed sheet, then trust the key.</source>
        <translation>Theo mã QR: đơn vị %1 (%2), người phụ trách %3. Hãy đối chiếu với phiếu đã ký, rồi tin cậy khóa.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="904"/>
        <location filename="../../app/gui/sync_screen.py" line="918"/>
        <source>not in the unit catalog</source>
        <translation>không có trong danh mục đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="915"/>
        <source>Fingerprint without check characters</source>
        <translation>Dấu vân tay không có ký tự kiểm tra</translation>
    </message>
    <message>
        <location filename="../../app/gui/sync_screen.py" line="916"/>
        <source>This fingerprint has 52 characters, from an older enrolment sheet without check characters, so a wrong character cannot be detected.

Unit %1 (%2)
%3

Compare it group by group with the signed sheet twice. Trust this key?</source>
        <translation>Dấu vân tay này có 52 ký tự, theo phiếu đăng ký mẫu cũ không có ký tự kiểm tra, nên phần mềm không phát hiện được nếu gõ sai một ký tự.

Đơn vị %1 (%2)
%3

Hãy đối chiếu từng nhóm với phiếu đã ký, hai lần. Tin cậy khóa này?</translation>
    </message>
</context>
<context>
    <name>TakeTasksDialog</name>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="637"/>
        <source>Take tasks into {number}</source>
        <translation>Lấy nhiệm vụ vào kế hoạch {number}</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="650"/>
        <source>&amp;From plan:</source>
        <translation>&amp;Từ kế hoạch:</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="553"/>
        <source>Task of the plan</source>
        <translation>Nhiệm vụ của kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="561"/>
        <source>Units, separated by ;</source>
        <translation>Các đơn vị, cách nhau bằng dấu ;</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="563"/>
        <source>30/06/2026, Quý II năm 2026, Năm 2026, Hằng năm…</source>
        <translation>30/06/2026, Quý II năm 2026, Năm 2026, Hằng năm…</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="567"/>
        <source>Open (status from activities and deadline)</source>
        <translation>Đang theo dõi (trạng thái theo hoạt động và thời hạn)</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="568"/>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="569"/>
        <source>Not carried out</source>
        <translation>Không thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="572"/>
        <source>Added outside the plan</source>
        <translation>Phát sinh ngoài kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="576"/>
        <source>&amp;Section:</source>
        <translation>&amp;Mục:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="577"/>
        <source>&amp;Content:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="578"/>
        <source>&amp;Lead:</source>
        <translation>&amp;Chủ trì:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="579"/>
        <source>C&amp;ooperating:</source>
        <translation>&amp;Phối hợp:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="580"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Thời gian thực hiện:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="582"/>
        <source>S&amp;tate:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="583"/>
        <source>Done o&amp;n:</source>
        <translation>Ngày &amp;hoàn thành:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="585"/>
        <source>&amp;Budget (VND):</source>
        <translation>&amp;Kinh phí (đồng):</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="586"/>
        <source>&amp;Progress note:</source>
        <translation>&amp;Ghi chú tiến độ:</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="601"/>
        <source>Not a deadline: write a date, a quarter (Quý I năm 2026), a year, Hằng năm or Thường xuyên</source>
        <translation>Chưa đọc được thời hạn: ghi ngày, quý (Quý I năm 2026), năm, Hằng năm hoặc Thường xuyên</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="604"/>
        <source>Read as: {deadline}</source>
        <translation>Hiểu là: {deadline}</translation>
    </message>
    <message>
        <location filename="../../app/gui/plans_screen.py" line="604"/>
        <source>no deadline</source>
        <translation>không có thời hạn</translation>
    </message>
</context>
<context>
    <name>TaskPicker</name>
    <message>
        <location filename="../../app/gui/task_picker.py" line="43"/>
        <source>Find a task…</source>
        <translation>Tìm nhiệm vụ…</translation>
    </message>
    <message>
        <location filename="../../app/gui/task_picker.py" line="66"/>
        <source>(no task of a plan)</source>
        <translation>(không thuộc nhiệm vụ kế hoạch nào)</translation>
    </message>
</context>
<context>
    <name>UnitComparison</name>
    <message>
        <location filename="../../app/gui/unit_comparison.py" line="24"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_comparison.py" line="25"/>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_comparison.py" line="26"/>
        <source>Participants</source>
        <translation>Lượt người</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_comparison.py" line="27"/>
        <source>Reporters</source>
        <translation>BCV, TTV</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_comparison.py" line="28"/>
        <source>Reporting {period}</source>
        <translation>Báo cáo {period}</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_comparison.py" line="29"/>
        <source>On time / late</source>
        <translation>Đúng hạn / muộn</translation>
    </message>
</context>
<context>
    <name>UnitComparisonTable</name>
    <message>
        <location filename="../../app/gui/unit_comparison.py" line="41"/>
        <source>Units compared</source>
        <translation>So sánh các đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_comparison.py" line="51"/>
        <source>Enter or double click: show this unit&apos;s figures</source>
        <translation>Enter hoặc nhấp đúp: xem số liệu của đơn vị này</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_comparison.py" line="60"/>
        <source>Reporters and propagandists active on the roster today</source>
        <translation>Báo cáo viên, tuyên truyền viên đang hoạt động trong danh sách hôm nay</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_comparison.py" line="63"/>
        <source>not expected here</source>
        <translation>không thuộc danh sách theo dõi</translation>
    </message>
</context>
<context>
    <name>UnitFilter</name>
    <message>
        <location filename="../../app/gui/unit_filter.py" line="49"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_filter.py" line="50"/>
        <source>Unit: type a name (accents not needed) or a code</source>
        <translation>Đơn vị: gõ tên (không cần dấu) hoặc mã</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_filter.py" line="51"/>
        <location filename="../../app/gui/unit_filter.py" line="70"/>
        <location filename="../../app/gui/unit_filter.py" line="71"/>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../app/gui/wizard.py" line="47"/>
        <source>Which unit does this computer serve?</source>
        <translation>Máy này phục vụ đơn vị nào?</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="48"/>
        <source>Commune mode keeps the log of one commune; upper mode receives the communes&apos; data.</source>
        <translation>Chế độ cấp xã lưu sổ theo dõi của một xã; chế độ cấp trên nhận dữ liệu từ các xã.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="52"/>
        <source>Commune, ward or special zone (commune mode)</source>
        <translation>Xã, phường, đặc khu (chế độ cấp xã)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="53"/>
        <source>Provincial Department of Justice (upper mode)</source>
        <translation>Sở Tư pháp tỉnh, thành phố (chế độ cấp trên)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="54"/>
        <source>District office where one still exists (upper mode)</source>
        <translation>Phòng Tư pháp cấp huyện nơi còn tổ chức (chế độ cấp trên)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="63"/>
        <source>— Choose a province or city —</source>
        <translation>— Chọn tỉnh, thành phố —</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="68"/>
        <source>Type part of the name, accents not needed (e.g. phan dinh phung)</source>
        <translation>Gõ một phần tên, không cần dấu (ví dụ: phan dinh phung)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="76"/>
        <source>Code given by the province</source>
        <translation>Mã do tỉnh cấp</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="77"/>
        <source>e.g. Phòng Tư pháp huyện …</source>
        <translation>ví dụ: Phòng Tư pháp huyện …</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="79"/>
        <source>&amp;Province:</source>
        <translation>&amp;Tỉnh, thành phố:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="80"/>
        <source>&amp;Search:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="83"/>
        <source>District &amp;code:</source>
        <translation>&amp;Mã đơn vị cấp huyện:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="84"/>
        <source>District &amp;name:</source>
        <translation>Tê&amp;n đơn vị cấp huyện:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="135"/>
        <source>Choose the province or city, or type the name of the commune to find it in every province.</source>
        <translation>Chọn tỉnh, thành phố, hoặc gõ tên xã, phường để tìm trên cả nước.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="138"/>
        <source>No commune, ward or special zone has “{text}” in its name or code, in any province. Type fewer letters, or the unit&apos;s code.</source>
        <translation>Không có xã, phường, đặc khu nào ở bất kỳ tỉnh, thành phố nào có tên hoặc mã chứa “{text}”. Hãy gõ ít chữ hơn, hoặc gõ mã đơn vị.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="143"/>
        <source>Not in {province}; found in other provinces (choosing one changes the province):</source>
        <translation>Không có ở {province}; tìm thấy ở tỉnh, thành phố khác (chọn một đơn vị sẽ đổi tỉnh, thành phố):</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="148"/>
        <source>Also found in other provinces (choosing one changes the province).</source>
        <translation>Cũng tìm thấy ở tỉnh, thành phố khác (chọn một đơn vị ở đó sẽ đổi tỉnh, thành phố).</translation>
    </message>
</context>
</TS>
