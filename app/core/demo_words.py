"""Word lists for demo data: Vietnamese names, hamlet names, laws, audiences and activity title templates."""

from __future__ import annotations

# -- People -------------------------------------------------------------------------------------------
# (family name, weight) for the Kinh majority and for Tày, Nùng, Dao, Mông … areas of Thái Nguyên/Bắc Kạn.
FAMILY_KINH = (
    ("Nguyễn", 31), ("Trần", 10), ("Lê", 8), ("Phạm", 6), ("Hoàng", 5), ("Vũ", 4), ("Phan", 3), ("Đặng", 2),
    ("Bùi", 2), ("Đỗ", 2), ("Ngô", 2), ("Dương", 2), ("Đào", 1), ("Đinh", 1), ("Lương", 1), ("Trịnh", 1),
    ("Mai", 1), ("Hà", 2), ("Lý", 1), ("Tạ", 1), ("Cao", 1), ("Chu", 1), ("Đàm", 1), ("Lưu", 1),
)  # fmt: skip
FAMILY_ETHNIC = (
    ("Hoàng", 10), ("Nông", 8), ("Ma", 6), ("Hà", 6), ("Triệu", 5), ("Lục", 4), ("Đàm", 3), ("Bế", 3),
    ("Lý", 3), ("Dương", 3), ("Lường", 2), ("Lưu", 2), ("Hứa", 2), ("Lăng", 2), ("Chu", 2), ("Bàn", 2),
    ("Giàng", 1), ("Vàng", 1), ("Sùng", 1), ("Nguyễn", 5), ("Trần", 2), ("La", 2), ("Mạc", 1), ("Đinh", 1),
)  # fmt: skip
MIDDLE = {
    "nam": (("Văn", 12), ("Đức", 3), ("Minh", 2), ("Quang", 2), ("Hữu", 2), ("Xuân", 1), ("Ngọc", 1),
            ("Thanh", 1), ("Mạnh", 1), ("Tiến", 1), ("Công", 1), ("Trọng", 1), ("Việt", 1)),
    "nu": (("Thị", 14), ("Thu", 2), ("Thanh", 2), ("Ngọc", 1), ("Minh", 1), ("Hồng", 1), ("Thùy", 1),
           ("Phương", 1), ("Kim", 1), ("Bích", 1), ("Mai", 1), ("Diệu", 1)),
}  # fmt: skip
GIVEN = {
    "nam": (
        "Hùng", "Dũng", "Tuấn", "Cường", "Thắng", "Hải", "Long", "Nam", "Sơn", "Tùng", "Quân", "Hiếu", "Hoàng",
        "Trung", "Bình", "Đức", "Thành", "Toàn", "Vinh", "Khánh", "Phong", "Lâm", "Việt", "Huy", "Kiên", "Chiến",
        "Hưng", "Lợi", "Phúc", "Tâm", "Thịnh", "Quý", "Tiến", "Đạt", "Mạnh", "Công", "Dương", "Lộc", "Sinh",
        "Thuận", "Ngọc", "Bảo", "Hòa", "Nghĩa", "Thái", "Tuyên", "Vượng", "Quyết", "Chính", "Luận",
    ),
    "nu": (
        "Hương", "Lan", "Hoa", "Hà", "Hạnh", "Huyền", "Linh", "Mai", "Ngọc", "Nhung", "Phương", "Thảo", "Trang",
        "Yến", "Dung", "Hằng", "Liên", "Loan", "Nga", "Oanh", "Thủy", "Tuyết", "Vân", "Xuân", "Hiền", "Hường",
        "Lý", "Quyên", "Thơ", "Thu", "Chi", "Duyên", "Giang", "Hồng", "Minh", "Nhàn", "Tâm", "Thanh", "Thúy",
        "Uyên", "Lụa", "Mơ", "Sen", "Đào", "Thắm", "Hậu", "Lành", "Nguyệt", "Bích", "Diệp",
    ),
}  # fmt: skip

# Ethnic groups of the roster by zone: (name, weight).
ETHNICITIES = {
    "mountain": (("Tày", 52), ("Kinh", 14), ("Dao", 14), ("Nùng", 12), ("Mông", 5), ("Sán Chay", 3)),
    "highland": (("Kinh", 46), ("Tày", 24), ("Nùng", 10), ("Dao", 8), ("Sán Chay", 5), ("Sán Dìu", 4), ("Mông", 3)),
    "midland": (("Kinh", 76), ("Tày", 8), ("Nùng", 5), ("Sán Dìu", 6), ("Sán Chay", 3), ("Dao", 2)),
    "urban_highland": (("Kinh", 55), ("Tày", 30), ("Nùng", 8), ("Dao", 5), ("Sán Chay", 2)),
    "urban": (("Kinh", 92), ("Tày", 4), ("Nùng", 2), ("Sán Dìu", 1), ("Dao", 1)),
}  # fmt: skip
# Share of participants from ethnic minorities by zone (low, high).
MINORITY_SHARE = {
    "mountain": (0.72, 0.92), "highland": (0.32, 0.58), "midland": (0.08, 0.25),
    "urban_highland": (0.25, 0.45), "urban": (0.01, 0.07),
}  # fmt: skip

PHONE_PREFIXES = (
    "091", "094", "088", "083", "084", "085", "081", "082", "098", "097", "096", "086", "032", "033", "034",
    "035", "036", "037", "038", "039", "090", "093", "089", "070", "076", "077", "078", "079", "056", "058",
)  # fmt: skip

# -- Places -------------------------------------------------------------------------------------------
# Hamlet names: Tày/Nùng syllables for mountain areas, Sino-Vietnamese ones for the midland.
TAY_FIRST = ("Nà", "Na", "Pác", "Khuổi", "Bản", "Cốc", "Phiêng", "Lủng", "Khau", "Bó", "Nặm", "Kéo", "Thôm", "Slam", "Vằng", "Pò")
TAY_SECOND = (
    "Hoàng", "Làng", "Mòn", "Phài", "Chang", "Lạn", "Vài", "Cọ", "Tát", "Nghè", "Mạ", "Pài", "Đán", "Lày", "Quang",
    "Kẹn", "Sảng", "Pục", "Khẻ", "Ngòa", "Slác", "Tẩu", "Dài", "Mu", "Lẩy", "Pheo", "Chúa", "Nưa", "Thạch", "Luông",
)  # fmt: skip
VIET_FIRST = (
    "Đồng", "Tân", "Làng", "Bãi", "Cầu", "Gò", "Bờ", "Trung", "Hạ", "Thượng", "Đông", "Tây", "Nam", "Bắc",
    "Xuân", "Phú", "An", "Hòa", "Thịnh", "Soi", "Cây", "Chợ", "Đầm", "Khe", "Na", "Mỏ",
)  # fmt: skip
VIET_SECOND = (
    "Tiến", "Thịnh", "Phú", "Lợi", "Hòa", "Mới", "Chùa", "Đá", "Vàng", "Quyết", "Thành", "Lập", "Kết", "Yên",
    "Sơn", "Bình", "An", "Trại", "Chè", "Tâm", "Cả", "Giữa", "Đình", "Mít", "Hồng", "Sim", "Gạo", "Cọ",
)  # fmt: skip
# Hamlet kinds and weights by zone; a phường has tổ dân phố instead.
HAMLET_KINDS = {
    "mountain": (("Thôn", 6), ("Bản", 4)),
    "highland": (("Xóm", 5), ("Thôn", 3), ("Bản", 2)),
    "midland": (("Xóm", 6), ("Thôn", 4)),
}
STREET_NAMES = ("Quang Trung", "Hoàng Văn Thụ", "Đội Cấn", "Lương Ngọc Quyến", "Đồng Tâm", "Tân Thịnh", "Hòa Bình", "Bắc Sơn")

# -- Laws disseminated --------------------------------------------------------------------------------
# (name in the topics list, name in titles, first year it can be disseminated, related target groups)
LAWS = (
    ("Luật Đất đai 2024", "Luật Đất đai năm 2024", 2024, ("NONG_DAN", "NHAN_DAN", "DTTS_VUNG_KHO")),
    ("Luật Hôn nhân và gia đình", "Luật Hôn nhân và gia đình", 2015, ("PHU_NU", "THANH_THIEU_NIEN", "NHAN_DAN")),
    ("Luật Phòng, chống bạo lực gia đình 2022", "Luật Phòng, chống bạo lực gia đình năm 2022", 2023, ("NAN_NHAN_BLGD", "PHU_NU")),
    ("Luật Trật tự, an toàn giao thông đường bộ 2024", "Luật Trật tự, an toàn giao thông đường bộ năm 2024", 2025, ("HOC_SINH", "THANH_THIEU_NIEN", "NHAN_DAN")),
    ("Luật Phòng, chống ma túy", "Luật Phòng, chống ma túy", 2022, ("THANH_THIEU_NIEN", "GIAO_DUC_TAI_XA", "HET_AN_TU", "CHAP_HANH_AN")),
    ("Luật Cư trú", "Luật Cư trú", 2021, ("NHAN_DAN", "LAO_DONG_DN")),
    ("Luật Bảo hiểm xã hội 2024", "Luật Bảo hiểm xã hội năm 2024", 2025, ("LAO_DONG_DN", "NONG_DAN", "NGUOI_CAO_TUOI")),
    ("Luật Hòa giải ở cơ sở", "Luật Hòa giải ở cơ sở", 2014, ("NHAN_DAN", "CUU_CHIEN_BINH", "NGUOI_CAO_TUOI")),
    ("Luật Thực hiện dân chủ ở cơ sở 2022", "Luật Thực hiện dân chủ ở cơ sở năm 2022", 2023, ("CAN_BO", "NHAN_DAN")),
    ("Bộ luật Dân sự", "Bộ luật Dân sự năm 2015", 2017, ("NHAN_DAN", "NONG_DAN")),
    ("Luật Trẻ em", "Luật Trẻ em", 2017, ("HOC_SINH", "THANH_THIEU_NIEN", "PHU_NU")),
    ("Luật Phòng, chống tác hại của rượu, bia", "Luật Phòng, chống tác hại của rượu, bia", 2020, ("NHAN_DAN", "LAO_DONG_DN")),
    ("Nghị định 168/2024/NĐ-CP", "Nghị định số 168/2024/NĐ-CP về xử phạt vi phạm hành chính trong lĩnh vực giao thông", 2025, ("THANH_THIEU_NIEN", "NHAN_DAN")),
    ("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ 2024", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024", 2025, ("NHAN_DAN", "LAO_DONG_DN")),
    ("Luật Phòng, chống mua bán người 2024", "Luật Phòng, chống mua bán người năm 2024", 2025, ("PHU_NU", "DTTS_VUNG_KHO", "THANH_THIEU_NIEN")),
    ("Luật Căn cước 2023", "Luật Căn cước năm 2023", 2024, ("NHAN_DAN", "HOC_SINH")),
    ("Luật Người khuyết tật", "Luật Người khuyết tật", 2011, ("KHUYET_TAT",)),
    ("Luật Người cao tuổi", "Luật Người cao tuổi", 2010, ("NGUOI_CAO_TUOI", "CUU_CHIEN_BINH")),
    ("Luật Bình đẳng giới", "Luật Bình đẳng giới", 2007, ("PHU_NU", "CAN_BO")),
    ("Luật Lâm nghiệp", "Luật Lâm nghiệp", 2019, ("DTTS_VUNG_KHO", "NONG_DAN")),
    ("Luật Bảo vệ môi trường 2020", "Luật Bảo vệ môi trường năm 2020", 2022, ("NHAN_DAN", "NONG_DAN", "HOC_SINH")),
    ("Luật Trợ giúp pháp lý", "Luật Trợ giúp pháp lý", 2018, ("KHUYET_TAT", "DTTS_VUNG_KHO", "HET_AN_TU", "NAN_NHAN_BLGD")),
    ("Luật Nghĩa vụ quân sự", "Luật Nghĩa vụ quân sự", 2016, ("THANH_THIEU_NIEN",)),
    ("Bộ luật Hình sự", "Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)", 2018, ("GIAO_DUC_TAI_XA", "HET_AN_TU", "CHAP_HANH_AN")),
    ("Luật Xử lý vi phạm hành chính", "Luật Xử lý vi phạm hành chính", 2013, ("GIAO_DUC_TAI_XA", "CAN_BO")),
    ("Luật Tiếp cận thông tin", "Luật Tiếp cận thông tin", 2018, ("CAN_BO", "NHAN_DAN")),
    ("Bộ luật Lao động", "Bộ luật Lao động năm 2019", 2021, ("LAO_DONG_DN",)),
)  # fmt: skip

# -- Target groups: audience phrase ("{unit}" is "xã Văn Lang"), participants range, women share -------
AUDIENCES = {
    "NHAN_DAN": ("Nhân dân", (30, 120), (0.40, 0.62)),
    "DTTS_VUNG_KHO": ("đồng bào dân tộc thiểu số", (30, 100), (0.40, 0.60)),
    "LAO_DONG_DN": ("người lao động tại các doanh nghiệp trên địa bàn", (25, 150), (0.35, 0.75)),
    "NAN_NHAN_BLGD": ("nạn nhân bạo lực gia đình và gia đình có nguy cơ xảy ra bạo lực", (6, 25), (0.60, 0.95)),
    "KHUYET_TAT": ("người khuyết tật và thân nhân", (10, 40), (0.35, 0.60)),
    "CHAP_HANH_AN": ("người đang chấp hành biện pháp cai nghiện, giáo dục bắt buộc", (8, 30), (0.0, 0.15)),
    "GIAO_DUC_TAI_XA": ("người đang bị áp dụng biện pháp giáo dục tại {kind}, người được hưởng án treo", (3, 15), (0.0, 0.20)),
    "HOC_SINH": ("học sinh Trường THCS {name}", (120, 450), (0.45, 0.55)),
    "CAN_BO": ("cán bộ, công chức, viên chức {unit}", (20, 60), (0.35, 0.60)),
    "PHU_NU": ("hội viên Hội Liên hiệp Phụ nữ", (30, 100), (0.90, 1.0)),
    "THANH_THIEU_NIEN": ("đoàn viên, thanh niên", (30, 150), (0.40, 0.60)),
    "NGUOI_CAO_TUOI": ("hội viên Hội Người cao tuổi", (30, 90), (0.40, 0.60)),
    "NONG_DAN": ("hội viên Hội Nông dân", (30, 120), (0.30, 0.55)),
    "CUU_CHIEN_BINH": ("hội viên Hội Cựu chiến binh", (20, 80), (0.0, 0.10)),
    "HET_AN_TU": ("người chấp hành xong án phạt tù trở về địa phương", (3, 15), (0.0, 0.15)),
}
# Who organises an activity for a group ("{unit}" is "xã Văn Lang").
ORGANISERS = {
    "PHU_NU": "Hội Liên hiệp Phụ nữ {unit}", "NONG_DAN": "Hội Nông dân {unit}",
    "CUU_CHIEN_BINH": "Hội Cựu chiến binh {unit}", "THANH_THIEU_NIEN": "Đoàn Thanh niên {unit}",
    "NGUOI_CAO_TUOI": "Hội Người cao tuổi {unit}", "HOC_SINH": "Trường THCS {name}",
    "GIAO_DUC_TAI_XA": "Công an {unit}", "HET_AN_TU": "Công an {unit}", "CHAP_HANH_AN": "Công an {unit}",
    "LAO_DONG_DN": "Công đoàn {unit}", "DTTS_VUNG_KHO": "Ủy ban Mặt trận Tổ quốc Việt Nam {unit}",
}  # fmt: skip

# -- Forms: (weight in the log, title templates). {law} {place} {hamlet} {aud} {unit} {year} {month} ----
FORMS = {
    "TRUC_TIEP": (34, (
        "Tuyên truyền {law} tại {place}",
        "Hội nghị phổ biến {law} cho {aud}",
        "Lồng ghép phổ biến {law} trong buổi họp {hamlet}",
        "Nói chuyện chuyên đề về {law} cho {aud} tại {place}",
        "Tuyên truyền miệng về {law} cho {aud} tại {place}",
    )),
    "TAP_HUAN": (4, (
        "Tập huấn, bồi dưỡng kiến thức pháp luật về {law} cho {aud}",
        "Tập huấn kỹ năng hòa giải ở cơ sở năm {year} cho tổ hòa giải {hamlet}",
    )),
    "TU_VAN": (8, (
        "Tư vấn, hướng dẫn người dân tìm hiểu {law} tại {place}",
        "Giải đáp pháp luật về {law} cho {aud} tại bộ phận một cửa UBND {unit}",
    )),
    "TAI_LIEU": (7, (
        "Cấp phát tờ gấp tìm hiểu {law} tại {place}",
        "Phát đề cương giới thiệu {law} cho {aud}",
    )),
    "LOA": (17, (
        "Phát thanh trên loa truyền thanh nội dung {law}",
        "Phát thanh trên hệ thống loa truyền thanh {unit} về {law}",
        "Phát thanh chuyên mục \"Pháp luật và đời sống\" tháng {month}/{year}: {law}",
    )),
    "PANO": (3, (
        "Treo pa-nô, khẩu hiệu tuyên truyền {law} tại {place}",
        "Kẻ vẽ khẩu hiệu tuyên truyền {law} dọc trục đường chính {unit}",
    )),
    "NIEM_YET": (5, (
        "Niêm yết văn bản {law} tại trụ sở UBND {unit}",
        "Niêm yết nội dung {law} tại bảng tin {hamlet}",
    )),
    "DIEN_TU": (9, (
        "Đăng tải nội dung {law} trên Trang thông tin điện tử {unit}",
        "Chia sẻ video tuyên truyền {law} qua nhóm Zalo {hamlet}",
        "Gửi tin nhắn tuyên truyền {law} trên nhóm Zalo của {aud}",
    )),
    "THI": (1, (
        "Cuộc thi tìm hiểu {law} năm {year}",
        "Hội thi tìm hiểu pháp luật về {law} dành cho {aud}",
    )),
    "SAN_KHAU": (2, (
        "Biểu diễn tiểu phẩm tuyên truyền {law} tại {place}",
        "Sân khấu hóa tuyên truyền {law} trong chương trình văn nghệ {hamlet}",
    )),
    "TU_SACH": (2, (
        "Bổ sung, luân chuyển sách về {law} cho Tủ sách pháp luật {unit}",
        "Phục vụ bạn đọc tìm hiểu {law} tại Tủ sách pháp luật {unit}",
    )),
    "DOI_THOAI": (2, (
        "Đối thoại với Nhân dân về {law} tại {place}",
        "Tiếp công dân định kỳ kết hợp phổ biến {law}",
    )),
    "HOA_GIAI_TGPL": (3, (
        "Trợ giúp pháp lý lưu động, phổ biến {law} tại {place}",
        "Hòa giải ở cơ sở kết hợp phổ biến {law} tại {place}",
    )),
    "NGAY_PL": (2, (
        "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm {year}: tuyên truyền {law}",
        "Sinh hoạt \"Ngày Pháp luật\" tháng {month}/{year} tại UBND {unit}: {law}",
    )),
    "KHAC": (1, (
        "Lồng ghép phổ biến {law} trong sinh hoạt câu lạc bộ {hamlet}",
        "Lồng ghép phổ biến {law} tại buổi ra quân vệ sinh môi trường {hamlet}",
    )),
}
# A second form some activities also use, with its probability.
SECOND_FORMS = {
    "TRUC_TIEP": (("TAI_LIEU", 0.3), ("NIEM_YET", 0.05)), "TU_VAN": (("TAI_LIEU", 0.3),),
    "NGAY_PL": (("PANO", 0.4), ("SAN_KHAU", 0.2)), "HOA_GIAI_TGPL": (("TU_VAN", 0.4),),
    "THI": (("DIEN_TU", 0.4),), "DOI_THOAI": (("TU_VAN", 0.3),),
}  # fmt: skip
# Forms whose activity is mostly announced to everybody, not a counted audience.
MEDIA_FORMS = frozenset({"LOA", "PANO", "NIEM_YET", "DIEN_TU", "TU_SACH"})
# Forms held in the hall of the People's Committee, not in a hamlet.
HALL_FORMS = frozenset({"TAP_HUAN", "THI", "NGAY_PL"})
# Cost ranges in VND by form, with the probability that anything is spent at all.
COSTS = {
    "TRUC_TIEP": (0.35, 300_000, 2_000_000), "TAP_HUAN": (0.95, 3_000_000, 12_000_000),
    "TAI_LIEU": (0.9, 500_000, 3_000_000), "PANO": (0.9, 1_000_000, 6_000_000), "THI": (1.0, 5_000_000, 25_000_000),
    "SAN_KHAU": (0.9, 3_000_000, 15_000_000), "NGAY_PL": (0.8, 2_000_000, 12_000_000),
    "TU_SACH": (0.4, 1_000_000, 3_000_000), "HOA_GIAI_TGPL": (0.2, 200_000, 1_000_000),
}  # fmt: skip
NOTES = (
    "", "", "", "", "", "", "Có ảnh và biên bản kèm theo", "Lồng ghép họp thôn định kỳ", "Phối hợp với Công an {unit}",
    "Phối hợp với Ủy ban Mặt trận Tổ quốc {unit}", "Theo Kế hoạch phổ biến, giáo dục pháp luật năm {year}",
)  # fmt: skip
