"""Demo data for the international cooperation section (vi/en): areas, partners, agreements,
projects and cooperation needs.

Facts (names, dates, decision numbers) come from the seed documents in shared/seeds; the
wording is original. Signature dates with precision "month" or "year" hold the first day of
that month or year. A signature without a "method" key means the sources do not say how it
was signed. The cooperation needs are illustrative.
"""

AREAS = [
    {"key": "e-justice", "name_vi": "Tư pháp điện tử", "name_en": "E-justice"},
    {"key": "legal-aid", "name_vi": "Trợ giúp pháp lý", "name_en": "Legal aid"},
    {
        "key": "judicial-training",
        "name_vi": "Đào tạo, bồi dưỡng cán bộ và chức danh tư pháp",
        "name_en": "Training of justice staff and judicial professions",
    },
    {
        "key": "mutual-legal-assistance",
        "name_vi": "Tương trợ tư pháp",
        "name_en": "Mutual legal assistance",
    },
    {
        "key": "law-making",
        "name_vi": "Xây dựng và hoàn thiện pháp luật",
        "name_en": "Law-making",
    },
    {
        "key": "civil-judgment-enforcement",
        "name_vi": "Thi hành án dân sự",
        "name_en": "Civil judgment enforcement",
    },
    {
        "key": "grassroots-conciliation",
        "name_vi": "Hòa giải ở cơ sở",
        "name_en": "Grassroots conciliation",
    },
    {
        "key": "secured-transactions",
        "name_vi": "Giao dịch bảo đảm",
        "name_en": "Secured transactions",
    },
    {"key": "gender-equality", "name_vi": "Bình đẳng giới", "name_en": "Gender equality"},
    {"key": "child-protection", "name_vi": "Bảo vệ trẻ em", "name_en": "Child protection"},
    {
        "key": "international-standards",
        "name_vi": "Chuẩn mực quốc tế",
        "name_en": "International standards",
    },
    {
        "key": "legal-dissemination",
        "name_vi": "Phổ biến, giáo dục pháp luật",
        "name_en": "Legal dissemination and education",
    },
    {
        "key": "judicial-support-services",
        "name_vi": "Bổ trợ tư pháp",
        "name_en": "Judicial support services",
    },
    {
        "key": "investment-disputes",
        "name_vi": "Giải quyết tranh chấp đầu tư quốc tế",
        "name_en": "International investment disputes",
    },
]

PARTNERS = [
    # --- Vietnamese agencies -------------------------------------------------------------
    {
        "key": "moj-vn",
        "kind": "vn_agency",
        "country": "VN",
        "short_name": "BTP / MOJ",
        "name_vi": "Bộ Tư pháp",
        "name_en": "Ministry of Justice of Viet Nam",
        "description_vi": (
            "Cơ quan của Chính phủ giúp quản lý nhà nước về xây dựng, thi hành pháp luật và "
            "nhiều lĩnh vực tư pháp. Bộ chủ trì Nhóm quan hệ đối tác pháp luật; Tổ thư ký của "
            "Nhóm đặt tại Vụ Hợp tác quốc tế."
        ),
        "description_en": (
            "The government ministry in charge of law-making, law enforcement and a wide range of "
            "justice-sector matters. It leads the Legal Partnership Group, whose secretariat sits "
            "in the International Cooperation Department."
        ),
        "website": "https://moj.gov.vn",
    },
    {
        "key": "gov-vn",
        "kind": "government",
        "country": "VN",
        "short_name": "",
        "name_vi": "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "name_en": "Government of the Socialist Republic of Viet Nam",
        "description_vi": (
            "Cơ quan hành chính nhà nước cao nhất của Việt Nam. Chính phủ là bên của các văn kiện "
            "hợp tác cấp Chính phủ mà Bộ Tư pháp tham gia triển khai, như Bản ghi nhớ với OECD, "
            "và tài trợ dự án hỗ trợ Bộ Tư pháp Lào."
        ),
        "description_en": (
            "Viet Nam's highest executive body. It is the party to government-level instruments "
            "that the Ministry of Justice helps to implement, such as the MOU with the OECD, and "
            "it funds the assistance project for the Lao Ministry of Justice."
        ),
        "website": "https://chinhphu.vn",
    },
    {
        "key": "son-la-doj",
        "kind": "vn_agency",
        "country": "VN",
        "short_name": "STP Sơn La",
        "name_vi": "Sở Tư pháp tỉnh Sơn La",
        "name_en": "Sơn La Provincial Department of Justice",
        "description_vi": (
            "Cơ quan chuyên môn về tư pháp của tỉnh Sơn La, một tỉnh miền núi Tây Bắc có đường "
            "biên giới chung với Lào. Năm 2023, Sở ký thỏa thuận hợp tác với Sở Tư pháp tỉnh "
            "Xaynhabuli của Lào."
        ),
        "description_en": (
            "The justice department of Sơn La, a mountainous north-western province that shares "
            "a border with Laos. In 2023 it signed a cooperation agreement with the justice "
            "department of Laos's Xaynhabuli province."
        ),
        "website": "",
    },
    {
        "key": "legal-aid-agency",
        "kind": "vn_agency",
        "country": "VN",
        "short_name": "Cục PBGDPL&TGPL",
        "name_vi": "Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý",
        "name_en": "Department of Legal Dissemination, Education and Legal Aid",
        "description_vi": (
            "Đơn vị thuộc Bộ Tư pháp phụ trách phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và "
            "trợ giúp pháp lý. Đơn vị có đại diện trong đoàn công tác sang Bộ Tư pháp Lào tháng "
            "4/2025."
        ),
        "description_en": (
            "The Ministry of Justice unit responsible for legal dissemination and education, "
            "grassroots conciliation and legal aid. It was represented on the Ministry's "
            "delegation to the Lao Ministry of Justice in April 2025."
        ),
        "website": "",
    },
    {
        "key": "it-department",
        "kind": "vn_agency",
        "country": "VN",
        "short_name": "Cục CNTT",
        "name_vi": "Cục Công nghệ thông tin",
        "name_en": "Information Technology Department",
        "description_vi": (
            "Đơn vị thuộc Bộ Tư pháp lo hạ tầng công nghệ thông tin, cơ sở dữ liệu và các dịch vụ "
            "số của ngành Tư pháp. Cục đã tham gia khảo sát hạ tầng công nghệ thông tin của Bộ Tư "
            "pháp Lào năm 2025."
        ),
        "description_en": (
            "The Ministry of Justice unit that runs the sector's IT infrastructure, databases and "
            "digital services. In 2025 it helped survey the IT infrastructure of the Lao Ministry "
            "of Justice."
        ),
        "website": "",
    },
    {
        "key": "judicial-academy",
        "kind": "vn_agency",
        "country": "VN",
        "short_name": "HVTP",
        "name_vi": "Học viện Tư pháp",
        "name_en": "Judicial Academy",
        "description_vi": (
            "Cơ sở đào tạo, bồi dưỡng các chức danh tư pháp trực thuộc Bộ Tư pháp. Chương trình "
            "hợp tác 2020–2022 với A-déc-bai-gian dự kiến tổ chức hội thảo trực tuyến giữa Học "
            "viện Tư pháp hai nước."
        ),
        "description_en": (
            "The Ministry of Justice's institution for training judicial professions. The "
            "2020–2022 programme with Azerbaijan provided for online seminars between the two "
            "countries' Judicial Academies."
        ),
        "website": "",
    },
    {
        "key": "intl-law-department",
        "kind": "vn_agency",
        "country": "VN",
        "short_name": "Vụ PLQT",
        "name_vi": "Vụ Pháp luật quốc tế",
        "name_en": "Department of International Law",
        "description_vi": (
            "Đơn vị thuộc Bộ Tư pháp phụ trách các vấn đề pháp luật quốc tế. Năm 2020, Vụ phối "
            "hợp với UNDP xây dựng cơ sở dữ liệu về công nhận và cho thi hành tại Việt Nam bản án, "
            "quyết định của tòa án nước ngoài và phán quyết của trọng tài nước ngoài."
        ),
        "description_en": (
            "The Ministry of Justice unit that handles international law matters. In 2020 it "
            "worked with UNDP on a database of foreign court judgments and arbitral awards "
            "considered for recognition and enforcement in Viet Nam."
        ),
        "website": "",
    },
    # --- Foreign ministries, courts and local authorities -------------------------------
    {
        "key": "az-moj",
        "kind": "ministry",
        "country": "AZ",
        "short_name": "MOJ Azerbaijan",
        "name_vi": "Bộ Tư pháp Cộng hòa A-déc-bai-gian",
        "name_en": "Ministry of Justice of the Republic of Azerbaijan",
        "description_vi": (
            "Đối tác của Bộ Tư pháp Việt Nam theo Bản ghi nhớ hợp tác về pháp luật và tư pháp ký "
            "năm 2016. Hai Bộ đã cụ thể hóa Bản ghi nhớ bằng Chương trình hợp tác giai đoạn "
            "2020–2022, ký luân phiên qua đường ngoại giao."
        ),
        "description_en": (
            "A partner of the Vietnamese Ministry under a 2016 MOU on law and justice. The two "
            "ministries put the MOU into practice through a 2020–2022 programme signed in turn "
            "through diplomatic channels."
        ),
        "website": "https://justice.gov.az",
    },
    {
        "key": "la-moj",
        "kind": "ministry",
        "country": "LA",
        "short_name": "MOJ Lao PDR",
        "name_vi": "Bộ Tư pháp nước Cộng hòa Dân chủ Nhân dân Lào",
        "name_en": "Ministry of Justice of the Lao People's Democratic Republic",
        "description_vi": (
            "Một trong những đối tác gần gũi nhất của Bộ Tư pháp Việt Nam. Quan hệ giữa hai Bộ "
            "dựa trên Thỏa thuận hợp tác giai đoạn 2021–2025, các chương trình hợp tác hằng năm "
            "và Hiệp định tương trợ tư pháp về dân sự ký năm 2023."
        ),
        "description_en": (
            "One of the Vietnamese Ministry's closest partners. Cooperation rests on a 2021–2025 "
            "agreement, annual programmes and a treaty on mutual legal assistance in civil "
            "matters signed in 2023."
        ),
        "website": "http://www.moj.gov.la",
    },
    {
        "key": "xaynhabuli-doj",
        "kind": "government",
        "country": "LA",
        "short_name": "",
        "name_vi": "Sở Tư pháp tỉnh Xaynhabuli",
        "name_en": "Xaignabouli (Sayaboury) Provincial Department of Justice",
        "description_vi": (
            "Cơ quan tư pháp cấp tỉnh của Xaynhabuli, một tỉnh ở miền Tây Bắc Lào. Năm 2023, Sở ký "
            "thỏa thuận hợp tác với Sở Tư pháp tỉnh Sơn La của Việt Nam."
        ),
        "description_en": (
            "The provincial justice department of Xaignabouli (Sayaboury) in north-western Laos. "
            "In 2023 it signed a cooperation agreement with the Sơn La Department of Justice in "
            "Viet Nam."
        ),
        "website": "",
    },
    {
        "key": "cu-moj",
        "kind": "ministry",
        "country": "CU",
        "short_name": "MINJUS",
        "name_vi": "Bộ Tư pháp Cộng hòa Cuba",
        "name_en": "Ministry of Justice of the Republic of Cuba",
        "description_vi": (
            "Đối tác truyền thống của Bộ Tư pháp Việt Nam. Năm 2023, hai Bộ trao đổi Chương trình "
            "hợp tác giai đoạn 2024–2025 và hội đàm về các hướng hợp tác pháp luật, tư pháp."
        ),
        "description_en": (
            "A long-standing partner of the Vietnamese Ministry. In 2023 the two ministries "
            "exchanged a 2024–2025 cooperation programme and held talks on further work in law "
            "and justice."
        ),
        "website": "https://www.minjus.gob.cu",
    },
    {
        "key": "ar-mjhr",
        "kind": "ministry",
        "country": "AR",
        "short_name": "",
        "name_vi": "Bộ Tư pháp và Nhân quyền Cộng hòa Argentina",
        "name_en": "Ministry of Justice and Human Rights of the Argentine Republic",
        "description_vi": (
            "Đối tác của Bộ Tư pháp Việt Nam từ cuối những năm 1990. Năm 2023, Bản ghi nhớ mới "
            "trong lĩnh vực pháp luật do Bộ trưởng hai nước ký đã thay thế văn kiện năm 1998."
        ),
        "description_en": (
            "A partner of the Vietnamese Ministry since the late 1990s. In 2023 a new MOU in the "
            "field of law, signed by the two ministers, took the place of the 1998 one."
        ),
        "website": "https://www.argentina.gob.ar/justicia",
    },
    {
        "key": "sa-moj",
        "kind": "ministry",
        "country": "SA",
        "short_name": "",
        "name_vi": "Bộ Tư pháp Vương quốc Ả Rập Xê Út",
        "name_en": "Ministry of Justice of the Kingdom of Saudi Arabia",
        "description_vi": (
            "Đối tác mới của Bộ Tư pháp Việt Nam ở khu vực Trung Đông. Hai Bộ ký Bản ghi nhớ hợp "
            "tác năm 2023, nhân chuyến thăm Ả Rập Xê Út của Thủ tướng Chính phủ Việt Nam."
        ),
        "description_en": (
            "A newer partner for the Vietnamese Ministry in the Middle East. The two ministries "
            "signed a cooperation MOU in 2023, during the Vietnamese Prime Minister's visit to "
            "Saudi Arabia."
        ),
        "website": "https://www.moj.gov.sa",
    },
    {
        "key": "dz-moj",
        "kind": "ministry",
        "country": "DZ",
        "short_name": "",
        "name_vi": "Bộ Tư pháp Angiêri",
        "name_en": "Ministry of Justice of Algeria",
        "description_vi": (
            "Đối tác của Bộ Tư pháp Việt Nam ở Bắc Phi; hai Bộ đã ký Chương trình hợp tác giai "
            "đoạn 2024–2025."
        ),
        "description_en": (
            "The Vietnamese Ministry's partner in North Africa; the two ministries signed a "
            "cooperation programme for 2024–2025."
        ),
        "website": "https://www.mjustice.dz",
    },
    {
        "key": "cn-moj",
        "kind": "ministry",
        "country": "CN",
        "short_name": "",
        "name_vi": "Bộ Tư pháp nước Cộng hòa Nhân dân Trung Hoa",
        "name_en": "Ministry of Justice of the People's Republic of China",
        "description_vi": (
            "Đối tác láng giềng của Bộ Tư pháp Việt Nam; hai Bộ đã ký Chương trình hợp tác giai "
            "đoạn 2024–2025."
        ),
        "description_en": (
            "A neighbouring partner of the Vietnamese Ministry; the two ministries signed a "
            "cooperation programme for 2024–2025."
        ),
        "website": "https://www.moj.gov.cn",
    },
    {
        "key": "fr-cncj",
        "kind": "other",
        "country": "FR",
        "short_name": "CNCJ",
        "name_vi": "Hội đồng Thừa phát lại và Đấu giá viên quốc gia Pháp",
        "name_en": "National Chamber of Judicial Officers of France (Chambre nationale des "
                   "commissaires de justice)",
        "description_vi": (
            "Tổ chức nghề nghiệp quốc gia của Pháp đại diện cho thừa phát lại và đấu giá viên tư "
            "pháp. Tổ chức này và Bộ Tư pháp Việt Nam đã ký Kế hoạch hợp tác giai đoạn 2024–2025."
        ),
        "description_en": (
            "France's national professional body for judicial officers, who carry out the work of "
            "bailiffs and judicial auctioneers. It has signed a 2024–2025 cooperation plan with "
            "the Vietnamese Ministry of Justice."
        ),
        "website": "https://www.commissaire-justice.fr",
    },
    {
        "key": "hu-moj",
        "kind": "ministry",
        "country": "HU",
        "short_name": "",
        "name_vi": "Bộ Tư pháp Hungary",
        "name_en": "Ministry of Justice of Hungary",
        "description_vi": (
            "Đối tác châu Âu của Bộ Tư pháp Việt Nam, với trọng tâm hợp tác là đào tạo, bồi dưỡng "
            "cán bộ."
        ),
        "description_en": (
            "A European partner of the Vietnamese Ministry, with cooperation centred on staff "
            "training."
        ),
        "website": "",
    },
    {
        "key": "in-molj",
        "kind": "ministry",
        "country": "IN",
        "short_name": "",
        "name_vi": "Bộ Pháp luật và Tư pháp Ấn Độ",
        "name_en": "Ministry of Law and Justice of India",
        "description_vi": (
            "Cơ quan phụ trách pháp luật và tư pháp của Ấn Độ. Hai bên đang đàm phán Bản ghi nhớ "
            "hợp tác trong lĩnh vực pháp luật và tư pháp."
        ),
        "description_en": (
            "India's ministry for law and justice. The two sides are negotiating an MOU on "
            "cooperation in law and justice."
        ),
        "website": "https://lawmin.gov.in",
    },
    {
        "key": "au-agd",
        "kind": "ministry",
        "country": "AU",
        "short_name": "AGD",
        "name_vi": "Bộ Tổng chưởng lý Australia",
        "name_en": "Attorney-General's Department of Australia",
        "description_vi": (
            "Cơ quan của Chính phủ Australia phụ trách hệ thống pháp luật và tư pháp. Bộ Tư pháp "
            "Việt Nam và Bộ Tổng chưởng lý đã làm việc về một Ý định thư hợp tác."
        ),
        "description_en": (
            "The Australian Government department responsible for the legal and justice system. "
            "It and the Vietnamese Ministry have worked on a letter of intent on cooperation."
        ),
        "website": "https://www.ag.gov.au",
    },
    {
        "key": "ru-moj",
        "kind": "ministry",
        "country": "RU",
        "short_name": "",
        "name_vi": "Bộ Tư pháp Liên bang Nga",
        "name_en": "Ministry of Justice of the Russian Federation",
        "description_vi": (
            "Đối tác truyền thống của Bộ Tư pháp Việt Nam. Hợp tác được điều phối qua Tổ công tác "
            "hỗn hợp Việt Nam – Liên bang Nga, với các hoạt động như tọa đàm về chuyển đổi số "
            "trong công chứng."
        ),
        "description_en": (
            "A traditional partner of the Vietnamese Ministry. Cooperation is steered by the "
            "Viet Nam–Russia joint working group, with activities such as a roundtable on digital "
            "transformation in notarial work."
        ),
        "website": "https://minjust.gov.ru",
    },
    {
        "key": "uy-supreme-court",
        "kind": "court",
        "country": "UY",
        "short_name": "",
        "name_vi": "Tòa án Tối cao Uruguay",
        "name_en": "Supreme Court of Justice of Uruguay",
        "description_vi": (
            "Cơ quan tư pháp cao nhất của Uruguay. Năm 2023, Thứ trưởng Nguyễn Khánh Ngọc làm "
            "việc với Chánh án Doris Morales Martinez, trao đổi về hệ thống tư pháp hai nước và "
            "các hướng hợp tác trong tương lai."
        ),
        "description_en": (
            "Uruguay's highest judicial body. In 2023 Deputy Minister Nguyễn Khánh Ngọc met its "
            "President, Ms Doris Morales Martinez, to compare the two judicial systems and agree "
            "on topics for future cooperation."
        ),
        "website": "https://www.poderjudicial.gub.uy",
    },
    # --- International organisations and donors -----------------------------------------
    {
        "key": "asean",
        "kind": "intl_org",
        "country": "",
        "short_name": "ASEAN",
        "name_vi": "Hiệp hội các quốc gia Đông Nam Á",
        "name_en": "Association of Southeast Asian Nations",
        "description_vi": (
            "Khuôn khổ hợp tác khu vực mà Bộ Tư pháp tham gia qua Hội nghị Bộ trưởng Tư pháp "
            "ASEAN (ALAWMM) và Hội nghị Quan chức pháp luật cao cấp ASEAN (ASLOM). Năm 2023, Bộ "
            "dự Hội nghị đặc biệt Bộ trưởng Tư pháp ASEAN – Nhật Bản và Hội nghị Bộ trưởng Tư "
            "pháp ASEAN – G7."
        ),
        "description_en": (
            "The regional framework in which the Ministry takes part through the ASEAN Law "
            "Ministers' Meeting (ALAWMM) and the ASEAN Senior Law Officials' Meeting (ASLOM). In "
            "2023 it attended the Special ASEAN–Japan and the ASEAN–G7 justice ministers' "
            "meetings."
        ),
        "website": "https://asean.org",
    },
    {
        "key": "eu",
        "kind": "intl_org",
        "country": "",
        "short_name": "EU",
        "name_vi": "Phái đoàn Liên minh châu Âu tại Việt Nam",
        "name_en": "Delegation of the European Union to Viet Nam",
        "description_vi": (
            "Nhà tài trợ chính của dự án EU JULE về tăng cường pháp luật và tư pháp. Bộ Tư pháp "
            "và Phái đoàn EU cũng trao đổi tại Tiểu ban Quản trị tốt, Pháp quyền và Quyền con "
            "người trong khuôn khổ Hiệp định PCA."
        ),
        "description_en": (
            "The main funder of the EU JULE project on law and justice. The Ministry and the EU "
            "Delegation also meet in the subcommittee on good governance, rule of law and human "
            "rights set up under the Partnership and Cooperation Agreement (PCA)."
        ),
        "website": "https://www.eeas.europa.eu/delegations/vietnam_en",
    },
    {
        "key": "undp",
        "kind": "intl_org",
        "country": "",
        "short_name": "UNDP",
        "name_vi": "Chương trình Phát triển Liên hợp quốc",
        "name_en": "United Nations Development Programme",
        "description_vi": (
            "Đối tác lâu năm của Bộ Tư pháp trong đối thoại chính sách pháp luật và là cơ quan "
            "thực hiện dự án EU JULE. UNDP còn hỗ trợ các chủ đề như tranh chấp đầu tư quốc tế và "
            "công nhận, thi hành bản án nước ngoài."
        ),
        "description_en": (
            "A long-standing partner of the Ministry in legal policy dialogue and an implementing "
            "agency of the EU JULE project. It also supports work on international investment "
            "disputes and the recognition and enforcement of foreign judgments."
        ),
        "website": "https://www.undp.org/vietnam",
    },
    {
        "key": "unicef",
        "kind": "intl_org",
        "country": "",
        "short_name": "UNICEF",
        "name_vi": "Quỹ Nhi đồng Liên hợp quốc",
        "name_en": "United Nations Children's Fund",
        "description_vi": (
            "Cơ quan thực hiện dự án EU JULE ở các nội dung liên quan đến trẻ em và bình đẳng "
            "giới, như phòng, chống bạo lực đối với trẻ em và lồng ghép giới trong đào tạo luật."
        ),
        "description_en": (
            "An implementing agency of the EU JULE project for work on children and gender, such "
            "as preventing violence against children and mainstreaming gender in legal education."
        ),
        "website": "https://www.unicef.org/vietnam",
    },
    {
        "key": "unhcr",
        "kind": "intl_org",
        "country": "",
        "short_name": "UNHCR",
        "name_vi": "Cao ủy Liên hợp quốc về người tị nạn",
        "name_en": "Office of the United Nations High Commissioner for Refugees",
        "description_vi": (
            "Cơ quan Liên hợp quốc về người tị nạn; năm 2020, Bộ Tư pháp phê duyệt một khoản viện "
            "trợ phi dự án do UNHCR tài trợ."
        ),
        "description_en": (
            "The UN refugee agency; in 2020 the Ministry approved a non-project aid package funded "
            "by UNHCR."
        ),
        "website": "https://www.unhcr.org",
    },
    {
        "key": "un-women",
        "kind": "intl_org",
        "country": "",
        "short_name": "UN Women",
        "name_vi": "Cơ quan Liên hợp quốc về bình đẳng giới và trao quyền cho phụ nữ",
        "name_en": "United Nations Entity for Gender Equality and the Empowerment of Women",
        "description_vi": (
            "Cơ quan Liên hợp quốc thúc đẩy bình đẳng giới; năm 2020, Bộ Tư pháp phê duyệt một "
            "khoản viện trợ phi dự án do UN Women tài trợ."
        ),
        "description_en": (
            "The UN body for gender equality; in 2020 the Ministry approved a non-project aid "
            "package funded by UN Women."
        ),
        "website": "https://www.unwomen.org",
    },
    {
        "key": "jica",
        "kind": "donor",
        "country": "JP",
        "short_name": "JICA",
        "name_vi": "Cơ quan Hợp tác Quốc tế Nhật Bản",
        "name_en": "Japan International Cooperation Agency",
        "description_vi": (
            "Đối tác truyền thống, tin cậy của ngành Tư pháp Việt Nam với hơn hai mươi năm hỗ trợ "
            "kỹ thuật về pháp luật và tư pháp thông qua các dự án kế tiếp nhau."
        ),
        "description_en": (
            "A trusted, long-standing partner of Viet Nam's justice sector, providing technical "
            "assistance in law and justice for more than twenty years through successive "
            "projects."
        ),
        "website": "https://www.jica.go.jp",
    },
    {
        "key": "world-bank",
        "kind": "intl_org",
        "country": "",
        "short_name": "WB",
        "name_vi": "Ngân hàng Thế giới",
        "name_en": "World Bank",
        "description_vi": (
            "Định chế tài chính quốc tế tài trợ dự án ODA về tăng cường trợ giúp pháp lý cho người "
            "nghèo và nhóm yếu thế, với nguồn vốn từ Quỹ Phát triển xã hội Nhật Bản."
        ),
        "description_en": (
            "The international financial institution behind the ODA project on legal aid for the "
            "poor and vulnerable groups, financed through the Japan Social Development Fund."
        ),
        "website": "https://www.worldbank.org",
    },
    {
        "key": "jsdf",
        "kind": "donor",
        "country": "JP",
        "short_name": "JSDF",
        "name_vi": "Quỹ Phát triển xã hội Nhật Bản",
        "name_en": "Japan Social Development Fund",
        "description_vi": (
            "Quỹ do Nhật Bản đóng góp, được Ngân hàng Thế giới quản lý, hỗ trợ các sáng kiến vì "
            "người nghèo và nhóm dễ bị tổn thương, trong đó có dự án trợ giúp pháp lý tại Việt "
            "Nam."
        ),
        "description_en": (
            "A Japanese-funded trust fund managed by the World Bank that backs initiatives for "
            "poor and vulnerable people, including the legal aid project in Viet Nam."
        ),
        "website": "",
    },
    {
        "key": "ifc",
        "kind": "intl_org",
        "country": "",
        "short_name": "IFC",
        "name_vi": "Tổ chức Tài chính Quốc tế",
        "name_en": "International Finance Corporation",
        "description_vi": (
            "Thành viên của Nhóm Ngân hàng Thế giới chuyên về khu vực tư nhân. Năm 2021, IFC và Bộ "
            "Tư pháp ký Biên bản ghi nhớ về bảo đảm thực hiện nghĩa vụ và đăng ký biện pháp bảo "
            "đảm."
        ),
        "description_en": (
            "The World Bank Group member focused on the private sector. In 2021 it signed an MOU "
            "with the Ministry on secured transactions and the registration of security interests."
        ),
        "website": "https://www.ifc.org",
    },
    {
        "key": "oecd",
        "kind": "intl_org",
        "country": "",
        "short_name": "OECD",
        "name_vi": "Tổ chức Hợp tác và Phát triển Kinh tế",
        "name_en": "Organisation for Economic Co-operation and Development",
        "description_vi": (
            "Tổ chức liên chính phủ về phân tích chính sách và chuẩn mực. Bộ Tư pháp đóng góp nội "
            "dung cho Chương trình hành động thực hiện Bản ghi nhớ Việt Nam – OECD giai đoạn "
            "2022–2026."
        ),
        "description_en": (
            "An intergovernmental body for policy analysis and standards. The Ministry contributes "
            "to the action programme implementing the Viet Nam–OECD MOU for 2022–2026."
        ),
        "website": "https://www.oecd.org",
    },
    {
        "key": "uk-embassy",
        "kind": "donor",
        "country": "GB",
        "short_name": "",
        "name_vi": "Đại sứ quán Anh tại Hà Nội",
        "name_en": "British Embassy Hanoi",
        "description_vi": (
            "Cùng UNDP hỗ trợ Bộ Tư pháp trong các chủ đề về môi trường đầu tư, trong đó có sự "
            "kiện công bố cơ sở dữ liệu về công nhận và thi hành bản án nước ngoài năm 2020."
        ),
        "description_en": (
            "Works with UNDP to support the Ministry on investment-climate topics, including the "
            "2020 launch of a database on recognising and enforcing foreign judgments."
        ),
        "website": "https://www.gov.uk/world/vietnam",
    },
    {
        "key": "cow-canada",
        "kind": "donor",
        "country": "CA",
        "short_name": "COW",
        "name_vi": "Tổ chức Children of the World (Canada)",
        "name_en": "Children of the World (Canada)",
        "description_vi": (
            "Tổ chức phi chính phủ của Canada; năm 2020, Bộ Tư pháp phê duyệt việc tiếp nhận một "
            "khoản viện trợ phi dự án của tổ chức này."
        ),
        "description_en": (
            "A Canadian non-governmental organisation; in 2020 the Ministry approved the receipt "
            "of non-project aid from it."
        ),
        "website": "",
    },
]

AGREEMENTS = [
    # --- Azerbaijan ---------------------------------------------------------------------
    {
        "key": "az-mou-2016",
        "kind": "mou",
        "nature": "non_binding",
        "level": "ministry",
        "title_vi": (
            "Bản ghi nhớ hợp tác trong lĩnh vực pháp luật và tư pháp giữa Bộ Tư pháp Việt Nam và "
            "Bộ Tư pháp A-déc-bai-gian"
        ),
        "title_en": (
            "Memorandum of Understanding on cooperation in law and justice between the Ministries "
            "of Justice of Viet Nam and Azerbaijan"
        ),
        "summary_vi": (
            "Văn kiện khung của quan hệ hợp tác pháp luật và tư pháp giữa hai Bộ, ký ngày "
            "8/3/2016. Các chương trình hợp tác theo giai đoạn, trong đó có Chương trình "
            "2020–2022, được xây dựng để đưa Bản ghi nhớ vào thực tế."
        ),
        "summary_en": (
            "The framework for law and justice cooperation between the two ministries, signed on "
            "8 March 2016. Period programmes, such as the one for 2020–2022, turn it into "
            "concrete activities."
        ),
        "parties": ["moj-vn", "az-moj"],
        "signatures": [
            {"party": "moj-vn", "date": "2016-03-08", "precision": "day", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
            {"party": "az-moj", "date": "2016-03-08", "precision": "day", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
        ],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": None,
        "valid_until": None,
        "terminated_on": None,
        "areas": ["law-making"],
        "links": [],
    },
    {
        "key": "az-programme-2020-2022",
        "kind": "programme",
        "nature": "non_binding",
        "level": "ministry",
        "title_vi": (
            "Chương trình hợp tác giai đoạn 2020–2022 giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp "
            "A-déc-bai-gian"
        ),
        "title_en": (
            "Cooperation programme for 2020–2022 between the Ministries of Justice of Viet Nam "
            "and Azerbaijan"
        ),
        "summary_vi": (
            "Để không làm chậm việc triển khai giữa lúc dịch Covid-19 diễn biến phức tạp, hai Bộ "
            "trưởng ký luân phiên qua đường ngoại giao: ông Fikrat Mammadov ký ngày 23/9/2020, "
            "ông Lê Thành Long ký ngày 27/10/2020 tại trụ sở Bộ Tư pháp. Chương trình dự kiến "
            "trao đổi đoàn (trong đó có tìm hiểu tư pháp điện tử), tham vấn về chuẩn mực quốc tế, "
            "hội thảo trực tuyến giữa Học viện Tư pháp hai nước và trao đổi ấn phẩm, thông tin "
            "pháp lý."
        ),
        "summary_en": (
            "So as not to delay implementation during the Covid-19 pandemic, the two ministers "
            "signed in turn through diplomatic channels: Fikrat Mammadov on 23 September 2020 and "
            "Lê Thành Long on 27 October 2020 at the Ministry's headquarters. Planned activities "
            "include staff delegations (with a look at e-justice), consultations on international "
            "standards, online seminars between the two Judicial Academies and exchanges of "
            "publications and legal information."
        ),
        "parties": ["moj-vn", "az-moj"],
        "signatures": [
            {"party": "az-moj", "date": "2020-09-23", "precision": "day", "place_vi": "",
             "place_en": "", "signatory": "Fikrat Mammadov",
             "signatory_title_vi": "Bộ trưởng Bộ Tư pháp A-déc-bai-gian",
             "signatory_title_en": "Minister of Justice of Azerbaijan",
             "method": "alternating"},
            {"party": "moj-vn", "date": "2020-10-27", "precision": "day",
             "place_vi": "Trụ sở Bộ Tư pháp, Hà Nội",
             "place_en": "Ministry of Justice headquarters, Hanoi",
             "signatory": "Lê Thành Long",
             "signatory_title_vi": "Bộ trưởng Bộ Tư pháp Việt Nam",
             "signatory_title_en": "Minister of Justice of Viet Nam",
             "method": "alternating"},
        ],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": "2020-01-01",
        "valid_until": "2022-12-31",
        "terminated_on": None,
        "areas": ["e-justice", "international-standards", "law-making", "judicial-training"],
        "links": [{"type": "implements", "target": "az-mou-2016"}],
    },
    # --- Lao PDR ------------------------------------------------------------------------
    {
        "key": "la-mla-treaty-1998",
        "kind": "mla_treaty",
        "nature": "treaty",
        "level": "state",
        "title_vi": (
            "Hiệp định tương trợ tư pháp về dân sự và hình sự giữa nước CHXHCN Việt Nam và nước "
            "CHDCND Lào"
        ),
        "title_en": (
            "Treaty on mutual legal assistance in civil and criminal matters between Viet Nam and "
            "the Lao PDR"
        ),
        "summary_vi": (
            "Điều ước quốc tế năm 1998 điều chỉnh tương trợ tư pháp giữa hai nước trong cả lĩnh "
            "vực dân sự và hình sự. Năm 2023, phần dân sự được thay thế bằng một Hiệp định riêng; "
            "việc thay thế không bao gồm phần hình sự."
        ),
        "summary_en": (
            "The 1998 treaty governing mutual legal assistance between the two countries in both "
            "civil and criminal matters. In 2023 its civil part was replaced by a separate treaty; "
            "the criminal part was not affected by that replacement."
        ),
        "parties": ["moj-vn", "la-moj"],
        "signatures": [
            {"party": "moj-vn", "date": "1998-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
            {"party": "la-moj", "date": "1998-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
        ],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": None,
        "valid_until": None,
        "terminated_on": None,
        "areas": ["mutual-legal-assistance"],
        "links": [],
    },
    {
        "key": "la-mla-civil-treaty-2023",
        "kind": "mla_treaty",
        "nature": "treaty",
        "level": "state",
        "title_vi": (
            "Hiệp định tương trợ tư pháp trong lĩnh vực dân sự giữa nước CHXHCN Việt Nam và nước "
            "CHDCND Lào"
        ),
        "title_en": (
            "Treaty on mutual legal assistance in civil matters between Viet Nam and the Lao PDR"
        ),
        "summary_vi": (
            "Được ký năm 2023 trong chuyến thăm chính thức Lào của Thủ tướng Phạm Minh Chính; "
            "Bộ trưởng Lê Thành Long và Bộ trưởng Phayvy Siboulypha ký thừa ủy quyền của Chủ tịch "
            "nước hai nước. Hiệp định thay thế phần dân sự của Hiệp định tương trợ tư pháp về dân "
            "sự và hình sự năm 1998."
        ),
        "summary_en": (
            "Signed in 2023 during Prime Minister Phạm Minh Chính's official visit to Laos by "
            "Ministers Lê Thành Long and Phayvy Siboulypha, each acting on behalf of their "
            "country's President. It replaces the civil part of the 1998 treaty on mutual legal "
            "assistance in civil and criminal matters."
        ),
        "parties": ["moj-vn", "la-moj"],
        "signatures": [
            {"party": "moj-vn", "date": "2023-01-01", "precision": "year",
             "place_vi": "CHDCND Lào", "place_en": "Lao PDR",
             "signatory": "Lê Thành Long",
             "signatory_title_vi": (
                 "Bộ trưởng Bộ Tư pháp, thừa ủy quyền Chủ tịch nước CHXHCN Việt Nam"
             ),
             "signatory_title_en": (
                 "Minister of Justice, on behalf of the President of Viet Nam"
             ),
             "method": "ceremony"},
            {"party": "la-moj", "date": "2023-01-01", "precision": "year",
             "place_vi": "CHDCND Lào", "place_en": "Lao PDR",
             "signatory": "Phayvy Siboulypha",
             "signatory_title_vi": (
                 "Bộ trưởng Bộ Tư pháp Lào, thừa ủy quyền Chủ tịch nước CHDCND Lào"
             ),
             "signatory_title_en": (
                 "Minister of Justice of the Lao PDR, on behalf of the President of the Lao PDR"
             ),
             "method": "ceremony"},
        ],
        "entry_into_force": None,
        "effective_on_signature": False,
        "valid_from": None,
        "valid_until": None,
        "terminated_on": None,
        "areas": ["mutual-legal-assistance"],
        "links": [{"type": "partly_replaces", "target": "la-mla-treaty-1998"}],
    },
    {
        "key": "la-agreement-2021-2025",
        "kind": "agreement",
        "nature": "international_agreement",
        "level": "ministry",
        "title_vi": (
            "Thỏa thuận hợp tác về pháp luật và tư pháp giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp "
            "Lào giai đoạn 2021–2025"
        ),
        "title_en": (
            "Agreement on cooperation in law and justice between the Ministries of Justice of "
            "Viet Nam and the Lao PDR, 2021–2025"
        ),
        "summary_vi": (
            "Khuôn khổ hợp tác 5 năm giữa hai Bộ Tư pháp, ký tháng 12/2020. Các chương trình hợp "
            "tác hằng năm, như Chương trình năm 2023 và năm 2025, được xây dựng trên cơ sở Thỏa "
            "thuận này."
        ),
        "summary_en": (
            "The five-year framework for cooperation between the two Ministries of Justice, "
            "signed in December 2020. Annual programmes, including those for 2023 and 2025, are "
            "built on it."
        ),
        "parties": ["moj-vn", "la-moj"],
        "signatures": [
            {"party": "moj-vn", "date": "2020-12-01", "precision": "month", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
            {"party": "la-moj", "date": "2020-12-01", "precision": "month", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
        ],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": "2021-01-01",
        "valid_until": "2025-12-31",
        "terminated_on": None,
        "areas": ["law-making", "legal-dissemination", "mutual-legal-assistance"],
        "links": [],
    },
    {
        "key": "la-programme-2023",
        "kind": "programme",
        "nature": "non_binding",
        "level": "ministry",
        "title_vi": "Chương trình hợp tác năm 2023 giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào",
        "title_en": (
            "Cooperation programme for 2023 between the Ministries of Justice of Viet Nam and the "
            "Lao PDR"
        ),
        "summary_vi": (
            "Chương trình hằng năm do hai Bộ ký trong năm 2023, xác định các hoạt động cụ thể để "
            "thực hiện Thỏa thuận hợp tác giai đoạn 2021–2025."
        ),
        "summary_en": (
            "The annual programme signed by the two ministries in 2023, setting out the specific "
            "activities for carrying out their 2021–2025 cooperation agreement."
        ),
        "parties": ["moj-vn", "la-moj"],
        "signatures": [
            {"party": "moj-vn", "date": "2023-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
            {"party": "la-moj", "date": "2023-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
        ],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": "2023-01-01",
        "valid_until": "2023-12-31",
        "terminated_on": None,
        "areas": ["law-making"],
        "links": [{"type": "implements", "target": "la-agreement-2021-2025"}],
    },
    {
        "key": "la-programme-2025",
        "kind": "programme",
        "nature": "non_binding",
        "level": "ministry",
        "title_vi": "Chương trình hợp tác năm 2025 giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Lào",
        "title_en": (
            "Cooperation programme for 2025 between the Ministries of Justice of Viet Nam and the "
            "Lao PDR"
        ),
        "summary_vi": (
            "Nội dung dự thảo được phía Lào nhất trí trong chuyến làm việc tại Bộ Tư pháp Lào từ "
            "ngày 2 đến 5/4/2025 của đoàn do bà Nguyễn Linh Kha, Phó Vụ trưởng Vụ Hợp tác quốc tế, "
            "dẫn đầu. Chương trình tiếp tục thực hiện Thỏa thuận hợp tác giai đoạn 2021–2025; đoàn "
            "có đại diện Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý, Vụ Pháp luật dân sự "
            "– kinh tế và Cục Công nghệ thông tin."
        ),
        "summary_en": (
            "The Lao side agreed the draft during a visit to the Lao Ministry of Justice from 2 to "
            "5 April 2025 by a delegation led by Ms Nguyễn Linh Kha, Deputy Director-General of "
            "the International Cooperation Department. It continues the 2021–2025 agreement; the "
            "delegation included officials working on legal dissemination and legal aid, civil "
            "and economic law, and IT."
        ),
        "parties": ["moj-vn", "la-moj"],
        "signatures": [],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": "2025-01-01",
        "valid_until": "2025-12-31",
        "terminated_on": None,
        "areas": ["law-making", "legal-dissemination", "legal-aid", "e-justice"],
        "links": [{"type": "implements", "target": "la-agreement-2021-2025"}],
    },
    {
        "key": "son-la-xaynhabuli-agreement-2023",
        "kind": "agreement",
        "nature": "international_agreement",
        "level": "province",
        "title_vi": (
            "Thỏa thuận hợp tác giữa Sở Tư pháp tỉnh Sơn La (Việt Nam) và Sở Tư pháp tỉnh "
            "Xaynhabuli (Lào)"
        ),
        "title_en": (
            "Cooperation agreement between the Sơn La Department of Justice (Viet Nam) and the "
            "Xaignabouli Department of Justice (Laos)"
        ),
        "summary_vi": (
            "Văn kiện hợp tác cấp tỉnh ký năm 2023, bổ sung kênh hợp tác giữa các địa phương bên "
            "cạnh quan hệ giữa hai Bộ Tư pháp Việt Nam và Lào."
        ),
        "summary_en": (
            "A province-level agreement signed in 2023, adding a local channel of cooperation "
            "alongside the relationship between the two Ministries of Justice."
        ),
        "parties": ["son-la-doj", "xaynhabuli-doj"],
        "signatures": [
            {"party": "son-la-doj", "date": "2023-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
            {"party": "xaynhabuli-doj", "date": "2023-01-01", "precision": "year",
             "place_vi": "", "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
        ],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": None,
        "valid_until": None,
        "terminated_on": None,
        "areas": [],
        "links": [],
    },
    # --- Latin America ------------------------------------------------------------------
    {
        "key": "cu-programme-2024-2025",
        "kind": "programme",
        "nature": "non_binding",
        "level": "ministry",
        "title_vi": (
            "Chương trình hợp tác giai đoạn 2024–2025 giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Cuba"
        ),
        "title_en": (
            "Cooperation programme for 2024–2025 between the Ministries of Justice of Viet Nam "
            "and Cuba"
        ),
        "summary_vi": (
            "Năm 2023, khi tháp tùng Đoàn Chủ tịch Quốc hội thăm chính thức Cuba, Thứ trưởng "
            "Nguyễn Khánh Ngọc cùng đại diện Bộ Tư pháp Cuba trao đổi văn kiện Chương trình. Hai "
            "bên cũng hội đàm về cách thúc đẩy hợp tác pháp luật và tư pháp."
        ),
        "summary_en": (
            "In 2023, while accompanying the Chairman of the National Assembly on an official "
            "visit to Cuba, Deputy Minister Nguyễn Khánh Ngọc exchanged the programme with "
            "representatives of the Cuban Ministry of Justice. The two sides also held talks on "
            "taking legal and judicial cooperation further."
        ),
        "parties": ["moj-vn", "cu-moj"],
        "signatures": [
            {"party": "moj-vn", "date": "2023-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
            {"party": "cu-moj", "date": "2023-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
        ],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": "2024-01-01",
        "valid_until": "2025-12-31",
        "terminated_on": None,
        "areas": [],
        "links": [],
    },
    {
        "key": "ar-mou-1998",
        "kind": "mou",
        "nature": "non_binding",
        "level": "ministry",
        "title_vi": (
            "Bản ghi nhớ hợp tác trong lĩnh vực pháp luật giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp "
            "Argentina (1998)"
        ),
        "title_en": (
            "Memorandum of Understanding in the field of law between the Ministries of Justice of "
            "Viet Nam and Argentina (1998)"
        ),
        "summary_vi": (
            "Văn kiện hợp tác đầu tiên giữa hai Bộ, ký năm 1998. Năm 2023, văn kiện này được thay "
            "thế bằng Bản ghi nhớ mới."
        ),
        "summary_en": (
            "The first cooperation document between the two ministries, signed in 1998 and "
            "superseded by a new MOU in 2023."
        ),
        "parties": ["moj-vn", "ar-mjhr"],
        "signatures": [
            {"party": "moj-vn", "date": "1998-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
            {"party": "ar-mjhr", "date": "1998-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
        ],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": None,
        "valid_until": None,
        "terminated_on": None,
        "areas": ["law-making"],
        "links": [],
    },
    {
        "key": "ar-mou-2023",
        "kind": "mou",
        "nature": "non_binding",
        "level": "ministry",
        "title_vi": (
            "Bản ghi nhớ giữa Bộ Tư pháp CHXHCN Việt Nam và Bộ Tư pháp và Nhân quyền Cộng hòa "
            "Argentina trong lĩnh vực pháp luật"
        ),
        "title_en": (
            "Memorandum of Understanding in the field of law between the Ministry of Justice of "
            "Viet Nam and the Ministry of Justice and Human Rights of Argentina"
        ),
        "summary_vi": (
            "Bản ghi nhớ do Bộ trưởng Tư pháp hai nước ký, được Thứ trưởng Nguyễn Khánh Ngọc và "
            "Thứ trưởng Juan Martín Mena trao đổi tại Argentina năm 2023. Văn kiện thay thế Bản "
            "ghi nhớ ký năm 1998; cùng dịp, Thứ trưởng Nguyễn Khánh Ngọc hội đàm với Bộ trưởng "
            "Martín Ignacio Soria."
        ),
        "summary_en": (
            "Signed by the two Ministers of Justice and exchanged in Argentina in 2023 by Deputy "
            "Ministers Nguyễn Khánh Ngọc and Juan Martín Mena, it replaces the 1998 MOU. On the "
            "same trip Deputy Minister Nguyễn Khánh Ngọc held talks with Minister Martín Ignacio "
            "Soria."
        ),
        "parties": ["moj-vn", "ar-mjhr"],
        "signatures": [
            {"party": "moj-vn", "date": "2023-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
            {"party": "ar-mjhr", "date": "2023-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
        ],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": None,
        "valid_until": None,
        "terminated_on": None,
        "areas": ["law-making"],
        "links": [{"type": "replaces", "target": "ar-mou-1998"}],
    },
    # --- Middle East and Africa ---------------------------------------------------------
    {
        "key": "sa-mou-2023",
        "kind": "mou",
        "nature": "non_binding",
        "level": "ministry",
        "title_vi": (
            "Bản ghi nhớ hợp tác giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Vương quốc Ả Rập Xê Út"
        ),
        "title_en": (
            "Memorandum of Understanding on cooperation between the Ministries of Justice of Viet "
            "Nam and Saudi Arabia"
        ),
        "summary_vi": (
            "Ký năm 2023 khi Thứ trưởng Trần Tiến Dũng tháp tùng Thủ tướng Chính phủ thăm và làm "
            "việc tại Ả Rập Xê Út. Trước khi ký, hai bên đã thảo luận định hướng hợp tác giữa hai "
            "Bộ trong thời gian tới."
        ),
        "summary_en": (
            "Signed in 2023 by Deputy Minister Trần Tiến Dũng, who was accompanying the Prime "
            "Minister on a working visit to Saudi Arabia. The signing followed talks on the "
            "direction of future cooperation between the two ministries."
        ),
        "parties": ["moj-vn", "sa-moj"],
        "signatures": [
            {"party": "moj-vn", "date": "2023-01-01", "precision": "year",
             "place_vi": "Ả Rập Xê Út", "place_en": "Saudi Arabia",
             "signatory": "Trần Tiến Dũng",
             "signatory_title_vi": "Thứ trưởng Bộ Tư pháp Việt Nam",
             "signatory_title_en": "Deputy Minister of Justice of Viet Nam",
             "method": "ceremony"},
            {"party": "sa-moj", "date": "2023-01-01", "precision": "year",
             "place_vi": "Ả Rập Xê Út", "place_en": "Saudi Arabia",
             "signatory": "", "signatory_title_vi": "", "signatory_title_en": "",
             "method": "ceremony"},
        ],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": None,
        "valid_until": None,
        "terminated_on": None,
        "areas": [],
        "links": [],
    },
    {
        "key": "dz-programme-2024-2025",
        "kind": "programme",
        "nature": "non_binding",
        "level": "ministry",
        "title_vi": (
            "Chương trình hợp tác giai đoạn 2024–2025 giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp "
            "Angiêri"
        ),
        "title_en": (
            "Cooperation programme for 2024–2025 between the Ministries of Justice of Viet Nam "
            "and Algeria"
        ),
        "summary_vi": (
            "Chương trình hai năm được hai Bộ ký trong năm 2023, là một trong những văn kiện hợp "
            "tác song phương hoàn thành trong năm đó."
        ),
        "summary_en": (
            "A two-year programme the ministries signed in 2023, one of the bilateral documents "
            "completed that year."
        ),
        "parties": ["moj-vn", "dz-moj"],
        "signatures": [
            {"party": "moj-vn", "date": "2023-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
            {"party": "dz-moj", "date": "2023-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
        ],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": "2024-01-01",
        "valid_until": "2025-12-31",
        "terminated_on": None,
        "areas": [],
        "links": [],
    },
    # --- Asia, Europe and Oceania -------------------------------------------------------
    {
        "key": "cn-programme-2024-2025",
        "kind": "programme",
        "nature": "non_binding",
        "level": "ministry",
        "title_vi": (
            "Chương trình hợp tác giai đoạn 2024–2025 giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp "
            "Trung Quốc"
        ),
        "title_en": (
            "Cooperation programme for 2024–2025 between the Ministries of Justice of Viet Nam "
            "and China"
        ),
        "summary_vi": (
            "Chương trình hai năm với Bộ Tư pháp Trung Quốc, được ký trong năm 2023 nhằm định "
            "hướng các hoạt động hợp tác giai đoạn 2024–2025."
        ),
        "summary_en": (
            "A two-year programme with China's Ministry of Justice, signed in 2023 to frame joint "
            "activities for 2024 and 2025."
        ),
        "parties": ["moj-vn", "cn-moj"],
        "signatures": [
            {"party": "moj-vn", "date": "2023-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
            {"party": "cn-moj", "date": "2023-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
        ],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": "2024-01-01",
        "valid_until": "2025-12-31",
        "terminated_on": None,
        "areas": [],
        "links": [],
    },
    {
        "key": "fr-cncj-plan-2024-2025",
        "kind": "plan",
        "nature": "non_binding",
        "level": "ministry",
        "title_vi": (
            "Kế hoạch hợp tác giai đoạn 2024–2025 giữa Bộ Tư pháp Việt Nam và Hội đồng Thừa phát "
            "lại và Đấu giá viên quốc gia Pháp"
        ),
        "title_en": (
            "Cooperation plan for 2024–2025 between the Ministry of Justice of Viet Nam and the "
            "National Chamber of Judicial Officers of France"
        ),
        "summary_vi": (
            "Kế hoạch hợp tác ký năm 2023 với tổ chức nghề nghiệp của thừa phát lại và đấu giá "
            "viên Pháp, phục vụ việc trao đổi kinh nghiệm về các nghề bổ trợ tư pháp."
        ),
        "summary_en": (
            "A plan signed in 2023 with the French professional body for judicial officers and "
            "auctioneers, supporting exchanges of experience on judicial support professions."
        ),
        "parties": ["moj-vn", "fr-cncj"],
        "signatures": [
            {"party": "moj-vn", "date": "2023-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
            {"party": "fr-cncj", "date": "2023-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
        ],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": "2024-01-01",
        "valid_until": "2025-12-31",
        "terminated_on": None,
        "areas": ["judicial-support-services"],
        "links": [],
    },
    {
        "key": "hu-training-programme",
        "concluded_undated": True,  # listed among 2023 results; no date given
        "kind": "programme",
        "nature": "non_binding",
        "level": "ministry",
        "title_vi": (
            "Chương trình hợp tác về đào tạo cán bộ giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp Hungary"
        ),
        "title_en": (
            "Cooperation programme on staff training between the Ministries of Justice of Viet "
            "Nam and Hungary"
        ),
        "summary_vi": (
            "Chương trình tập trung vào đào tạo, bồi dưỡng cán bộ, nằm trong số các văn kiện song "
            "phương Bộ Tư pháp xúc tiến trong năm 2023. Các nguồn hiện có chưa cho biết thời điểm "
            "ký."
        ),
        "summary_en": (
            "A programme focused on training staff, among the bilateral documents the Ministry "
            "pursued in 2023. The available sources do not give a signing date."
        ),
        "parties": ["moj-vn", "hu-moj"],
        "signatures": [],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": None,
        "valid_until": None,
        "terminated_on": None,
        "areas": ["judicial-training"],
        "links": [],
    },
    {
        "key": "in-mou-draft",
        "kind": "mou",
        "nature": "non_binding",
        "level": "ministry",
        "title_vi": (
            "Bản ghi nhớ hợp tác trong lĩnh vực pháp luật và tư pháp giữa Bộ Tư pháp Việt Nam và "
            "Bộ Pháp luật và Tư pháp Ấn Độ (đang đàm phán)"
        ),
        "title_en": (
            "Memorandum of Understanding on cooperation in law and justice between the Ministry "
            "of Justice of Viet Nam and the Ministry of Law and Justice of India (under "
            "negotiation)"
        ),
        "summary_vi": (
            "Hai bên đã tiến hành đàm phán văn kiện trong năm 2023; Bản ghi nhớ chưa được ký."
        ),
        "summary_en": (
            "The two sides negotiated the text in 2023; the MOU has not yet been signed."
        ),
        "parties": ["moj-vn", "in-molj"],
        "signatures": [],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": None,
        "valid_until": None,
        "terminated_on": None,
        "areas": [],
        "links": [],
    },
    {
        "key": "au-letter-of-intent",
        "concluded_undated": True,  # the seed names it as concluded; no date given
        "kind": "letter_of_intent",
        "nature": "non_binding",
        "level": "ministry",
        "title_vi": (
            "Ý định thư hợp tác giữa Bộ Tư pháp Việt Nam và Bộ Tổng chưởng lý Australia"
        ),
        "title_en": (
            "Letter of intent on cooperation between the Ministry of Justice of Viet Nam and the "
            "Attorney-General's Department of Australia"
        ),
        "summary_vi": (
            "Văn kiện thể hiện ý định hợp tác giữa hai cơ quan, nằm trong số các văn kiện song "
            "phương Bộ Tư pháp xúc tiến trong năm 2023. Các nguồn hiện có chưa cho biết thời điểm "
            "ký."
        ),
        "summary_en": (
            "A statement of the two bodies' intention to cooperate, among the bilateral documents "
            "the Ministry pursued in 2023. The available sources do not give a signing date."
        ),
        "parties": ["moj-vn", "au-agd"],
        "signatures": [],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": None,
        "valid_until": None,
        "terminated_on": None,
        "areas": [],
        "links": [],
    },
    {
        "key": "ru-jwg-plan-2023",
        "concluded_undated": True,  # plan issued in 2023; no date given
        "kind": "plan",
        "nature": "non_binding",
        "level": "ministry",
        "title_vi": "Kế hoạch công tác năm 2023 của Tổ công tác hỗn hợp Việt Nam – Liên bang Nga",
        "title_en": "2023 work plan of the Viet Nam–Russian Federation joint working group",
        "summary_vi": (
            "Kế hoạch do các đơn vị của Bộ Tư pháp xây dựng và trình Lãnh đạo Bộ ban hành, định "
            "hướng hoạt động năm 2023 của Tổ công tác hỗn hợp. Trong năm, hai Bộ tổ chức tọa đàm "
            "về chuyển đổi số và ứng dụng công nghệ thông tin trong công chứng, cùng một cuộc hội "
            "đàm trực tuyến cấp Thứ trưởng."
        ),
        "summary_en": (
            "Drafted by the Ministry's units and submitted to its leaders for issue, the plan "
            "guided the joint working group's activities in 2023. During the year the two "
            "ministries held a roundtable on digital transformation and IT in notarial work and "
            "online talks at deputy-minister level."
        ),
        "parties": ["moj-vn", "ru-moj"],
        "signatures": [],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": "2023-01-01",
        "valid_until": "2023-12-31",
        "terminated_on": None,
        "areas": ["judicial-support-services", "e-justice"],
        "links": [],
    },
    # --- Multilateral and financial institutions ----------------------------------------
    {
        "key": "ifc-mou-2021",
        "kind": "mou",
        "nature": "non_binding",
        "level": "ministry",
        "title_vi": (
            "Biên bản ghi nhớ hợp tác giữa Bộ Tư pháp và Tổ chức Tài chính Quốc tế (IFC) về bảo "
            "đảm thực hiện nghĩa vụ và đăng ký biện pháp bảo đảm"
        ),
        "title_en": (
            "Memorandum of Understanding between the Ministry of Justice and the International "
            "Finance Corporation (IFC) on secured transactions and the registration of security "
            "interests"
        ),
        "summary_vi": (
            "Ký năm 2021, Biên bản ghi nhớ tạo khuôn khổ để IFC hỗ trợ Bộ Tư pháp hoàn thiện pháp "
            "luật về bảo đảm thực hiện nghĩa vụ và nâng cao hiệu quả đăng ký biện pháp bảo đảm. "
            "Năm 2023, hai bên tiếp tục triển khai các nội dung đã thống nhất."
        ),
        "summary_en": (
            "Signed in 2021, the MOU provides a framework for IFC support to the Ministry on the "
            "law of secured obligations and on making the registration of security interests work "
            "better. Implementation continued in 2023."
        ),
        "parties": ["moj-vn", "ifc"],
        "signatures": [
            {"party": "moj-vn", "date": "2021-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
            {"party": "ifc", "date": "2021-01-01", "precision": "year", "place_vi": "",
             "place_en": "", "signatory": "", "signatory_title_vi": "",
             "signatory_title_en": ""},
        ],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": None,
        "valid_until": None,
        "terminated_on": None,
        "areas": ["secured-transactions"],
        "links": [],
    },
    {
        "key": "oecd-mou-2022-2026",
        "concluded_undated": True,  # 2023 review implements it; no date given
        "kind": "mou",
        "nature": "non_binding",
        "level": "government",
        "title_vi": "Bản ghi nhớ về Chương trình hợp tác Việt Nam – OECD giai đoạn 2022–2026",
        "title_en": (
            "Memorandum of Understanding on the Viet Nam–OECD cooperation programme, 2022–2026"
        ),
        "summary_vi": (
            "Văn kiện cấp Chính phủ định hướng quan hệ giữa Việt Nam và OECD trong giai đoạn "
            "2022–2026. Bộ Tư pháp phối hợp với Bộ Ngoại giao đề xuất các nội dung hợp tác của Bộ "
            "trong Chương trình hành động thực hiện Bản ghi nhớ."
        ),
        "summary_en": (
            "The government-level document guiding relations between Viet Nam and the OECD for "
            "2022–2026. The Ministry of Justice has worked with the Ministry of Foreign Affairs to "
            "put forward its own items for the action programme implementing the MOU."
        ),
        "parties": ["gov-vn", "oecd"],
        "signatures": [],
        "entry_into_force": None,
        "effective_on_signature": True,
        "valid_from": "2022-01-01",
        "valid_until": "2026-12-31",
        "terminated_on": None,
        "areas": ["law-making", "international-standards"],
        "links": [],
    },
]

PROJECTS = [
    {
        "key": "eu-jule",
        "kind": "project",
        "title_vi": "Dự án Tăng cường pháp luật và tư pháp tại Việt Nam (EU JULE)",
        "title_en": "Strengthening Law and Justice in Viet Nam (EU JULE)",
        "summary_vi": (
            "Dự án do Liên minh châu Âu tài trợ, UNDP và UNICEF thực hiện cùng Bộ Tư pháp và các "
            "cơ quan pháp luật, tư pháp Việt Nam. Trong khuôn khổ dự án, năm 2020 Bộ tổ chức diễn "
            "đàn về nâng cao hiệu quả hòa giải ở cơ sở, công bố tài liệu tập huấn hòa giải có "
            "nhạy cảm giới và hỗ trợ lồng ghép giới trong chương trình đào tạo luật."
        ),
        "summary_en": (
            "Funded by the European Union and carried out by UNDP and UNICEF with the Ministry of "
            "Justice and other Vietnamese legal and judicial bodies. In 2020 it supported a forum "
            "on more effective grassroots conciliation, gender-sensitive training materials for "
            "mediators and gender mainstreaming in legal education."
        ),
        "status": "completed",
        "budget": None,
        "currency": "",
        "start": None,
        "end": None,
        "decision_number": "",
        "decision_date": None,
        "roles": [
            {"partner": "eu", "role": "funder"},
            {"partner": "undp", "role": "implementer"},
            {"partner": "unicef", "role": "implementer"},
            {"partner": "moj-vn", "role": "beneficiary"},
        ],
        "agreements": [],
    },
    {
        "key": "jica-harmonising-laws-2020",
        "kind": "project",
        "title_vi": (
            "Dự án JICA hỗ trợ hài hòa hóa pháp luật hiện hành và thống nhất áp dụng pháp luật "
            "hướng tới năm 2020"
        ),
        "title_en": (
            "JICA project on harmonising existing laws and unifying the application of laws "
            "towards 2020"
        ),
        "summary_vi": (
            "Dự án hỗ trợ kỹ thuật của JICA cho Bộ Tư pháp và các cơ quan đối tác Việt Nam về xây "
            "dựng, áp dụng pháp luật và nâng cao năng lực cán bộ. Tại phiên họp lần thứ 7 của Ủy "
            "ban điều phối chung ngày 2/7/2020, các bên thống nhất kế hoạch cho giai đoạn gia hạn "
            "đến ngày 31/12/2020."
        ),
        "summary_en": (
            "JICA technical assistance to the Ministry of Justice and Vietnamese partner agencies "
            "on drafting and applying laws and on staff capacity. At the 7th Joint Coordinating "
            "Committee meeting on 2 July 2020 the parties agreed a work plan for the extension "
            "running to 31 December 2020."
        ),
        "status": "completed",
        "budget": None,
        "currency": "",
        "start": None,
        "end": "2020-12-31",
        "decision_number": "",
        "decision_date": None,
        "roles": [
            {"partner": "jica", "role": "funder"},
            {"partner": "moj-vn", "role": "beneficiary"},
        ],
        "agreements": [],
    },
    {
        "key": "jica-2021-2025",
        "kind": "project",
        "title_vi": "Dự án hợp tác pháp luật và tư pháp của JICA giai đoạn 2021–2025",
        "title_en": "JICA legal and judicial cooperation project, 2021–2025",
        "summary_vi": (
            "Dự án kế tiếp của JICA, được chuẩn bị từ năm 2020 để hỗ trợ không bị gián đoạn sau "
            "khi dự án trước kết thúc. Dự án hỗ trợ Bộ Tư pháp và các cơ quan pháp luật, tư pháp "
            "Việt Nam thực hiện nhiệm vụ ưu tiên về cải cách pháp luật và cải cách tư pháp."
        ),
        "summary_en": (
            "JICA's follow-on project, prepared in 2020 so that support would continue without a "
            "break after the previous one ended. It helps the Ministry of Justice and other "
            "Vietnamese legal and judicial bodies with priority tasks in legal and judicial "
            "reform."
        ),
        "status": "completed",
        "budget": None,
        "currency": "",
        "start": "2021-01-01",
        "end": "2025-12-31",
        "decision_number": "",
        "decision_date": None,
        "roles": [
            {"partner": "jica", "role": "funder"},
            {"partner": "moj-vn", "role": "beneficiary"},
        ],
        "agreements": [],
    },
    {
        "key": "wb-jsdf-legal-aid",
        "kind": "project",
        "title_vi": (
            "Dự án tăng cường trợ giúp pháp lý cho người nghèo và nhóm đối tượng yếu thế"
        ),
        "title_en": "Strengthening legal aid for the poor and disadvantaged groups",
        "summary_vi": (
            "Dự án ODA do Ngân hàng Thế giới tài trợ từ Quỹ Phát triển xã hội Nhật Bản, nhằm giúp "
            "người nghèo và nhóm yếu thế tiếp cận trợ giúp pháp lý tốt hơn. Dự án được xây dựng từ "
            "năm 2020 và khởi động năm 2023 sau khi hoàn tất thủ tục có hiệu lực."
        ),
        "summary_en": (
            "An ODA project funded by the World Bank through the Japan Social Development Fund to "
            "improve access to legal aid for poor and disadvantaged people. Prepared from 2020, it "
            "was launched in 2023 once the procedures for it to take effect were complete."
        ),
        "status": "ongoing",
        "budget": None,
        "currency": "",
        "start": None,
        "end": None,
        "decision_number": "",
        "decision_date": None,
        "roles": [
            {"partner": "world-bank", "role": "funder"},
            {"partner": "jsdf", "role": "funder"},
            {"partner": "moj-vn", "role": "beneficiary"},
        ],
        "agreements": [],
    },
    {
        "key": "undp-business-environment-aid-2020",
        "kind": "non_project",
        "title_vi": (
            "Hỗ trợ nghiên cứu, rà soát pháp luật và tổ chức thi hành nhằm cải thiện môi trường "
            "đầu tư kinh doanh, nâng cao năng lực cạnh tranh quốc gia"
        ),
        "title_en": (
            "Support for legal research, review and enforcement to improve the business and "
            "investment environment and national competitiveness"
        ),
        "summary_vi": (
            "Khoản viện trợ phi dự án của UNDP tại Việt Nam, được Bộ Tư pháp phê duyệt văn kiện "
            "theo Quyết định số 1855/QĐ-BTP ngày 3/9/2020. Khoản hỗ trợ hướng vào các hoạt động "
            "nghiên cứu, rà soát và thi hành pháp luật liên quan đến môi trường kinh doanh."
        ),
        "summary_en": (
            "Non-project aid from UNDP Viet Nam, whose document the Ministry approved by Decision "
            "1855/QĐ-BTP of 3 September 2020. It funds research, legal review and enforcement work "
            "bearing on the business climate."
        ),
        "status": "completed",
        "budget": None,
        "currency": "",
        "start": None,
        "end": None,
        "decision_number": "1855/QĐ-BTP",
        "decision_date": "2020-09-03",
        "roles": [
            {"partner": "undp", "role": "funder"},
            {"partner": "moj-vn", "role": "beneficiary"},
        ],
        "agreements": [],
    },
    {
        "key": "cow-canada-aid-2020",
        "kind": "non_project",
        "title_vi": "Khoản viện trợ phi dự án của tổ chức Children of the World (Canada)",
        "title_en": "Non-project aid from Children of the World (Canada)",
        "summary_vi": (
            "Bộ Tư pháp phê duyệt việc tiếp nhận khoản viện trợ phi dự án này theo Quyết định số "
            "1936/QĐ-BTP ngày 16/9/2020."
        ),
        "summary_en": (
            "The Ministry approved the receipt of this non-project aid by Decision 1936/QĐ-BTP of "
            "16 September 2020."
        ),
        "status": "completed",
        "budget": None,
        "currency": "",
        "start": None,
        "end": None,
        "decision_number": "1936/QĐ-BTP",
        "decision_date": "2020-09-16",
        "roles": [
            {"partner": "cow-canada", "role": "funder"},
            {"partner": "moj-vn", "role": "beneficiary"},
        ],
        "agreements": [],
    },
    {
        "key": "unhcr-aid-2020",
        "kind": "non_project",
        "title_vi": "Khoản viện trợ phi dự án do UNHCR tài trợ",
        "title_en": "Non-project aid funded by UNHCR",
        "summary_vi": (
            "Văn kiện phi dự án do Cao ủy Liên hợp quốc về người tị nạn tài trợ, được trình Lãnh "
            "đạo Bộ phê duyệt theo Quyết định số 1841/QĐ-BTP ngày 31/8/2020."
        ),
        "summary_en": (
            "A non-project document funded by the UN refugee agency, put to the Ministry's "
            "leaders and approved by Decision 1841/QĐ-BTP of 31 August 2020."
        ),
        "status": "completed",
        "budget": None,
        "currency": "",
        "start": None,
        "end": None,
        "decision_number": "1841/QĐ-BTP",
        "decision_date": "2020-08-31",
        "roles": [
            {"partner": "unhcr", "role": "funder"},
            {"partner": "moj-vn", "role": "beneficiary"},
        ],
        "agreements": [],
    },
    {
        "key": "un-women-aid-2020",
        "kind": "non_project",
        "title_vi": "Khoản viện trợ phi dự án do UN Women tài trợ",
        "title_en": "Non-project aid funded by UN Women",
        "summary_vi": (
            "Văn kiện phi dự án do UN Women tài trợ, được trình Lãnh đạo Bộ phê duyệt theo Quyết "
            "định số 1842/QĐ-BTP ngày 31/8/2020, cùng ngày với khoản hỗ trợ của UNHCR."
        ),
        "summary_en": (
            "A non-project document funded by UN Women, approved by Decision 1842/QĐ-BTP of 31 "
            "August 2020, the same day as the UNHCR package."
        ),
        "status": "completed",
        "budget": None,
        "currency": "",
        "start": None,
        "end": None,
        "decision_number": "1842/QĐ-BTP",
        "decision_date": "2020-08-31",
        "roles": [
            {"partner": "un-women", "role": "funder"},
            {"partner": "moj-vn", "role": "beneficiary"},
        ],
        "agreements": [],
    },
    {
        "key": "vn-support-lao-moj",
        "kind": "project",
        "title_vi": "Dự án hỗ trợ của Chính phủ Việt Nam dành cho Bộ Tư pháp Lào",
        "title_en": "Vietnamese Government assistance project for the Lao Ministry of Justice",
        "summary_vi": (
            "Dự án hỗ trợ kỹ thuật đang được chuẩn bị theo Thỏa thuận về Kế hoạch hợp tác năm 2025 "
            "giữa hai Chính phủ, ký ngày 9/1/2025 tại Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt "
            "Nam – Lào. Tháng 4/2025, đoàn công tác của Bộ Tư pháp khảo sát hạ tầng công nghệ "
            "thông tin, công tác xây dựng, thẩm định văn bản và phổ biến pháp luật của Bộ Tư pháp "
            "Lào để thiết kế dự án."
        ),
        "summary_en": (
            "A technical assistance project being prepared under the two Governments' 2025 "
            "cooperation plan, signed on 9 January 2025 at the 47th session of the Viet Nam–Laos "
            "Intergovernmental Committee. In April 2025 a Ministry delegation surveyed the Lao "
            "Ministry's IT infrastructure, drafting and review of legislation and legal "
            "dissemination work to help design it."
        ),
        "status": "pipeline",
        "budget": None,
        "currency": "",
        "start": None,
        "end": None,
        "decision_number": "",
        "decision_date": None,
        "roles": [
            {"partner": "gov-vn", "role": "funder"},
            {"partner": "moj-vn", "role": "implementer"},
            {"partner": "la-moj", "role": "beneficiary"},
        ],
        "agreements": [],
    },
]

NEEDS = [
    {
        "key": "e-justice-digital-transformation",
        "agency": "it-department",
        "area": "e-justice",
        "priority": "high",
        "start_year": 2026,
        "end_year": 2028,
        "title_vi": "Chuyển đổi số trong công tác xây dựng và thi hành pháp luật",
        "title_en": "Digital transformation of law-making and law enforcement",
        "description_vi": (
            "Cục Công nghệ thông tin mong muốn học hỏi kinh nghiệm quốc tế về nền tảng tư pháp "
            "điện tử, cơ sở dữ liệu pháp luật có khả năng kết nối, chia sẻ và dịch vụ công trực "
            "tuyến trong lĩnh vực tư pháp. Các hình thức hỗ trợ mong muốn gồm tư vấn chuyên gia, "
            "khảo sát học tập và đào tạo đội ngũ kỹ thuật. Cục đặc biệt quan tâm đến các giải pháp "
            "bảo đảm an toàn thông tin và bảo vệ dữ liệu cá nhân."
        ),
        "description_en": (
            "The Information Technology Department would like to draw on international experience "
            "with e-justice platforms, interoperable legal databases and online public services "
            "in the justice sector. It is looking for expert advice, study visits and training "
            "for its technical staff, with particular interest in information security and "
            "personal data protection."
        ),
        "status": "interested",
    },
    {
        "key": "legal-aid-vulnerable-groups",
        "agency": "legal-aid-agency",
        "area": "legal-aid",
        "priority": "high",
        "start_year": 2026,
        "end_year": 2028,
        "title_vi": "Mở rộng tiếp cận trợ giúp pháp lý cho nhóm yếu thế",
        "title_en": "Wider access to legal aid for vulnerable groups",
        "description_vi": (
            "Đề xuất hướng tới việc đưa dịch vụ trợ giúp pháp lý đến gần hơn với người nghèo, "
            "người dân tộc thiểu số ở vùng sâu, vùng xa, người khuyết tật, trẻ em và nạn nhân của "
            "bạo lực. Nội dung hợp tác có thể gồm thí điểm mô hình trợ giúp pháp lý từ xa, bồi "
            "dưỡng kỹ năng cho người thực hiện trợ giúp pháp lý và xây dựng bộ công cụ đánh giá "
            "chất lượng vụ việc."
        ),
        "description_en": (
            "The proposal aims to bring legal aid closer to poor people, ethnic minorities in "
            "remote areas, people with disabilities, children and victims of violence. "
            "Cooperation could cover piloting remote legal aid, building the skills of legal aid "
            "providers and developing tools to assess the quality of case work."
        ),
        "status": "open",
    },
    {
        "key": "gender-sensitive-conciliation-training",
        "agency": "legal-aid-agency",
        "area": "grassroots-conciliation",
        "priority": "medium",
        "start_year": 2026,
        "end_year": 2027,
        "title_vi": "Nhân rộng tập huấn hòa giải ở cơ sở có nhạy cảm giới",
        "title_en": "Scaling up gender-sensitive training for grassroots conciliators",
        "description_vi": (
            "Trên cơ sở bộ tài liệu tập huấn hòa giải có nhạy cảm giới đã công bố, đơn vị đề xuất "
            "cập nhật tài liệu, đào tạo đội ngũ giảng viên nguồn và phát triển học phần trực tuyến "
            "cho hòa giải viên. Mục tiêu là giúp hòa giải viên nhận diện và xử lý phù hợp các vụ "
            "việc liên quan đến bạo lực gia đình và bất bình đẳng giới."
        ),
        "description_en": (
            "Building on the gender-sensitive training materials already published, the "
            "department proposes updating them, training a pool of trainers and developing online "
            "modules for conciliators. The aim is to help conciliators recognise and properly "
            "handle cases involving domestic violence and gender inequality."
        ),
        "status": "interested",
    },
    {
        "key": "investment-dispute-prevention",
        "agency": "intl-law-department",
        "area": "investment-disputes",
        "priority": "medium",
        "start_year": 2026,
        "end_year": 2028,
        "title_vi": "Phòng ngừa tranh chấp đầu tư quốc tế",
        "title_en": "Preventing international investment disputes",
        "description_vi": (
            "Vụ Pháp luật quốc tế đề xuất hợp tác nhằm hoàn thiện cơ chế cảnh báo sớm và phối hợp "
            "giữa các bộ, ngành, địa phương khi phát sinh vướng mắc với nhà đầu tư nước ngoài. Hỗ "
            "trợ mong muốn gồm chia sẻ kinh nghiệm quốc tế, nghiên cứu tình huống và bồi dưỡng kỹ "
            "năng cho cán bộ trực tiếp xử lý khiếu nại của nhà đầu tư."
        ),
        "description_en": (
            "The Department of International Law proposes cooperation on early-warning and "
            "coordination arrangements among ministries, sectors and provinces when problems with "
            "foreign investors arise. It seeks international experience, case studies and skills "
            "training for officials who handle investor grievances."
        ),
        "status": "open",
    },
    {
        "key": "cross-border-civil-matters-training",
        "agency": "judicial-academy",
        "area": "judicial-training",
        "priority": "low",
        "start_year": 2027,
        "end_year": 2028,
        "title_vi": (
            "Đào tạo về công nhận, cho thi hành bản án nước ngoài và tương trợ tư pháp về dân sự"
        ),
        "title_en": (
            "Training on recognising and enforcing foreign judgments and on mutual legal "
            "assistance in civil matters"
        ),
        "description_vi": (
            "Học viện Tư pháp mong muốn xây dựng học phần chuyên sâu về công nhận và cho thi hành "
            "bản án, quyết định của tòa án nước ngoài, phán quyết của trọng tài nước ngoài và tương "
            "trợ tư pháp về dân sự. Học phần sẽ khai thác cơ sở dữ liệu về thực tiễn xét công nhận "
            "tại Việt Nam làm tư liệu giảng dạy. Học viện tìm kiếm chuyên gia và cơ sở đào tạo đối "
            "tác để cùng biên soạn giáo trình."
        ),
        "description_en": (
            "The Judicial Academy would like to develop an advanced course on recognising and "
            "enforcing foreign court judgments and arbitral awards and on mutual legal assistance "
            "in civil matters. The course would use the database of Vietnamese recognition "
            "practice as teaching material, and the Academy is looking for experts and partner "
            "institutions to co-write the curriculum."
        ),
        "status": "open",
    },
]
