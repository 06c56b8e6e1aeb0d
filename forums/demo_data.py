# Demo events for the forums section of the Legal Partnership Group column (vi/en).
#
# Facts (names, dates, figures) come from the seed documents in shared/seeds: 000 (the Group's
# activities under Decision 954/QĐ-BTP), 003 (working delegation to Laos, April 2025) and
# 004 (quarterly report Q III/2020). The wording is original. Times are local
# (Asia/Ho_Chi_Minh); the sources never give the hours of an event, so start and end times and
# agenda times are plausible placeholders. All-day events end at 00:00 of their last day.
# Partner, project and agreement keys refer to cooperation/demo_data.py.

EVENTS = [
    # --- Q III/2020 (seed 004) ------------------------------------------------------------
    {
        "key": "grassroots-conciliation-forum-2020",
        "kind": "thematic_conference",
        "title_vi": "Diễn đàn pháp luật “Nâng cao hiệu quả hoạt động hòa giải ở cơ sở tại Việt Nam”",
        "title_en": "Legal forum “Improving the effectiveness of grassroots conciliation in Viet Nam”",
        "theme_vi": "Hoàn thiện và tổ chức thi hành pháp luật về hòa giải ở cơ sở",
        "theme_en": "Making the law on grassroots conciliation better and better applied",
        "summary_vi": (
            "Hơn 170 đại biểu trong nước và quốc tế cùng tìm giải pháp để hòa giải ở cơ sở hoạt "
            "động hiệu quả hơn tại diễn đàn do Thứ trưởng Nguyễn Thanh Tịnh chủ trì. Bộ Tư pháp "
            "tổ chức sự kiện cùng Phái đoàn Liên minh châu Âu và UNDP trong khuôn khổ Dự án EU JULE."
        ),
        "summary_en": (
            "Chaired by Deputy Minister Nguyễn Thanh Tịnh, the forum gathered more than 170 "
            "Vietnamese and international delegates to look for ways of making grassroots "
            "conciliation work better. The Ministry of Justice held it with the EU Delegation and "
            "UNDP as part of the EU JULE project."
        ),
        "body_vi": (
            "<p>Diễn đàn về hoàn thiện và thi hành pháp luật này thuộc kế hoạch năm 2020 của Dự án "
            "EU JULE do Liên minh châu Âu tài trợ. Bộ Tư pháp chủ trì, phối hợp với Phái đoàn Liên "
            "minh châu Âu tại Việt Nam và Chương trình Phát triển Liên hợp quốc (UNDP).</p>"
            "<h3>Ai tham dự</h3>"
            "<p>Đại biểu đến từ Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Tòa án nhân dân tối "
            "cao, Viện kiểm sát nhân dân tối cao, các bộ, ngành, Hội Luật gia, Liên đoàn Luật sư, "
            "giới nghiên cứu và đào tạo luật, cơ quan tư pháp, lao động và hội phụ nữ ở địa "
            "phương, cùng cơ quan ngoại giao, tổ chức quốc tế và nhà tài trợ.</p>"
            "<h3>Những vấn đề được đặt ra</h3>"
            "<ul>"
            "<li><strong>Khung pháp lý:</strong> Luật Hòa giải ở cơ sở năm 2013, thay cho Pháp "
            "lệnh năm 1998, là nền tảng cho công tác này trên cả nước.</li>"
            "<li><strong>Quy mô:</strong> gần 100.000 tổ hòa giải, hơn 600.000 hòa giải viên; trên "
            "800.000 vụ việc đã qua hòa giải với tỷ lệ thành công trên 80%.</li>"
            "<li><strong>Hạn chế:</strong> hòa giải viên đáp ứng chuẩn còn ít; hòa giải các vụ bạo "
            "lực gia đình có thể khiến người vi phạm chịu trách nhiệm nhẹ hơn quy định.</li>"
            "<li><strong>Góp ý của đối tác:</strong> hòa giải cần trung lập, minh bạch, nhạy cảm "
            "giới; nên tập huấn trực tuyến nhiều hơn cho hòa giải viên khi dịch Covid-19 còn "
            "kéo dài.</li>"
            "</ul>"
        ),
        "body_en": (
            "<p>This forum on law-making and enforcement was part of the 2020 work plan of the "
            "EU-funded project Strengthening Law and Justice in Viet Nam (EU JULE). The Ministry of "
            "Justice led it together with the Delegation of the European Union to Viet Nam and the "
            "United Nations Development Programme (UNDP).</p>"
            "<h3>Who took part</h3>"
            "<p>Delegates came from the Central Committee of the Viet Nam Fatherland Front, the "
            "Supreme People's Court, the Supreme People's Procuracy, a range of ministries and units "
            "of the Ministry of Justice, the Viet Nam Lawyers' Association, the Viet Nam Bar "
            "Federation, research institutes and law schools. Provincial justice and labour "
            "departments, People's Committee offices, lawyers' associations and women's unions also "
            "attended, as did diplomatic missions, international organisations and donors.</p>"
            "<h3>Issues on the table</h3>"
            "<ul>"
            "<li><strong>Legal basis:</strong> the 2013 Law on Grassroots Conciliation, which "
            "replaced the 1998 Ordinance, underpins this work across the country.</li>"
            "<li><strong>Scale:</strong> nearly 100,000 conciliation teams and more than 600,000 "
            "conciliators; over 800,000 cases conciliated, more than 80% of them successfully.</li>"
            "<li><strong>Weak points:</strong> few conciliators yet meet the expected standards, and "
            "conciliating domestic-violence cases can leave offenders facing less than the law "
            "requires.</li>"
            "<li><strong>Partners' advice:</strong> conciliation should be neutral, transparent and "
            "gender-sensitive, and conciliators need more online training while Covid-19 "
            "lasts.</li>"
            "</ul>"
        ),
        "outcomes_vi": (
            "<p>Khi bế mạc, Thứ trưởng Nguyễn Thanh Tịnh và các đồng chủ trì bày tỏ sự đồng thuận "
            "với các ý kiến trong nước và quốc tế. Bộ Tư pháp ghi nhận các khuyến nghị để lấp những "
            "khoảng trống về chính sách và về thi hành pháp luật hòa giải ở cơ sở.</p>"
            "<ul>"
            "<li>Tiếp tục hoàn thiện thể chế về hòa giải ở cơ sở, góp phần bảo đảm quyền tiếp cận "
            "pháp luật của người dân mà Hiến pháp ghi nhận.</li>"
            "<li>Nhân rộng mô hình tốt qua thí điểm; bồi dưỡng chuyên sâu về quy trình và kỹ năng "
            "cho hòa giải viên.</li>"
            "<li>Mong tiếp tục nhận được hỗ trợ và bài học kinh nghiệm từ cộng đồng quốc tế.</li>"
            "</ul>"
        ),
        "outcomes_en": (
            "<p>Closing the forum, Deputy Minister Nguyễn Thanh Tịnh and the co-chairs voiced broad "
            "agreement with the points raised by Vietnamese and international participants. The "
            "Ministry took note of the recommendations for closing gaps in policy and in the "
            "enforcement of the grassroots conciliation law.</p>"
            "<ul>"
            "<li>Keep improving the legal framework for grassroots conciliation, in support of "
            "people's constitutional right of access to the law.</li>"
            "<li>Scale up good models through pilots and give conciliators in-depth training in "
            "procedure and skills.</li>"
            "<li>Continue to draw on international support and lessons learned.</li>"
            "</ul>"
        ),
        "start": "2020-09-11T08:00",  # day not given in the sources
        "end": "2020-09-11T16:30",
        "all_day": False,
        "mode": "in_person",
        "venue_name_vi": "",
        "venue_name_en": "",
        "address": "",
        "city_vi": "Hà Nội",  # venue not given in the sources; Hanoi assumed
        "city_en": "Hanoi",
        "country": "VN",
        "state": "scheduled",
        "delegates": 170,
        "project": "eu-jule",
        "agreements": [],
        "organisers": [
            {"partner": "moj-vn", "role": "organiser"},
            {"partner": "eu", "role": "co_organiser"},
            {"partner": "undp", "role": "co_organiser"},
        ],
        "people": [
            {
                "role": "chair",
                "name": "Nguyễn Thanh Tịnh",
                "title_vi": "Thứ trưởng Bộ Tư pháp",
                "title_en": "Deputy Minister of Justice",
                "organisation": "moj-vn",
            },
            {
                "role": "speaker",
                "name": "Giorgio Aliberti",
                "title_vi": "Đại sứ, Trưởng Phái đoàn Liên minh châu Âu tại Việt Nam",
                "title_en": "Ambassador, Head of the Delegation of the European Union to Viet Nam",
                "organisation": "eu",
            },
            {
                "role": "speaker",
                "name": "Kamal Malhotra",
                "title_vi": "Điều phối viên thường trú của Liên hợp quốc tại Việt Nam",
                "title_en": "United Nations Resident Coordinator in Viet Nam",
                "organisation": None,
            },
        ],
        "agenda": [
            {
                "time": "08:00",
                "title_vi": "Đón tiếp đại biểu",
                "title_en": "Registration",
                "speakers": "",
            },
            {
                "time": "08:30",
                "title_vi": "Phát biểu khai mạc của Bộ Tư pháp, Liên minh châu Âu và Liên hợp quốc",
                "title_en": "Opening remarks by the Ministry of Justice, the European Union and the United Nations",
                "speakers": "Nguyễn Thanh Tịnh; Giorgio Aliberti; Kamal Malhotra",
            },
            {
                "time": "09:15",
                "title_vi": "Phiên 1: Khung pháp lý và thực tiễn hòa giải ở cơ sở",
                "title_en": "Session 1: The legal framework and practice of grassroots conciliation",
                "speakers": "",
            },
            {
                "time": "10:45",
                "title_vi": "Phiên 2: Kinh nghiệm quốc tế và hòa giải nhạy cảm giới",
                "title_en": "Session 2: International experience and gender-sensitive conciliation",
                "speakers": "",
            },
            {
                "time": "13:30",
                "title_vi": "Phiên 3: Kiến nghị hoàn thiện và thi hành pháp luật về hòa giải ở cơ sở",
                "title_en": "Session 3: Recommendations on the law and its enforcement",
                "speakers": "",
            },
            {
                "time": "16:00",
                "title_vi": "Kết luận và bế mạc",
                "title_en": "Conclusions and closing",
                "speakers": "Nguyễn Thanh Tịnh",
            },
        ],
    },
    {
        "key": "jica-jcc-7th-meeting-2020",
        "kind": "meeting",
        "title_vi": "Phiên họp lần thứ 7 của Ủy ban điều phối chung Dự án JICA",
        "title_en": "7th Joint Coordinating Committee meeting of the JICA project",
        "theme_vi": "Rà soát kế hoạch 2019–2020, kế hoạch thời gian gia hạn và văn kiện dự án tiếp theo",
        "theme_en": "The 2019–2020 work plan, the extension period and the next project document",
        "summary_vi": (
            "Bộ Tư pháp và JICA họp trực tuyến, nối điểm cầu Việt Nam với điểm cầu Nhật Bản, để "
            "đánh giá tiến độ dự án về hài hòa hóa pháp luật, chốt kế hoạch cho thời gian gia hạn "
            "và bàn về dự án kế tiếp."
        ),
        "summary_en": (
            "The Ministry of Justice and JICA met online, linking Viet Nam and Japan, to assess "
            "the project on harmonising laws, settle the plan for its extension period and discuss "
            "the project that will follow it."
        ),
        "body_vi": (
            "<p>Ủy ban điều phối chung (JCC) Việt Nam – Nhật Bản họp phiên thứ 7 trong khuôn khổ dự "
            "án “Hài hòa hóa pháp luật hiện hành và thống nhất áp dụng pháp luật hướng tới năm "
            "2020” do Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tài trợ. Do dịch Covid-19, phiên họp "
            "diễn ra dưới hình thức trực tuyến.</p>"
            "<p>Ông Nguyễn Hữu Huyên, Vụ trưởng Vụ Hợp tác quốc tế, và Giáo sư Morishima Akio, "
            "Giáo sư danh dự Đại học Nagoya, cùng điều hành phiên họp.</p>"
            "<h3>Thành phần</h3>"
            "<ul>"
            "<li>Tại Việt Nam: Đại sứ quán Nhật Bản, JICA Việt Nam, Văn phòng Dự án JICA và năm cơ "
            "quan đối tác Việt Nam tham gia thực hiện dự án.</li>"
            "<li>Tại Nhật Bản: Bộ Tư pháp Nhật Bản và JICA.</li>"
            "</ul>"
            "<h3>Nội dung</h3>"
            "<ul>"
            "<li>Đánh giá việc thực hiện kế hoạch công tác giai đoạn 2019–2020 đã được duyệt.</li>"
            "<li>Thống nhất kế hoạch cho thời gian gia hạn, từ 1/4/2020 đến 31/12/2020.</li>"
            "<li>Thảo luận văn kiện dự án mới để có thể bắt đầu từ tháng 1/2021, không để hợp tác "
            "bị ngắt quãng.</li>"
            "</ul>"
            "<p>Hai đồng chủ tịch ghi nhận các bên đã chủ động phối hợp, bám sát tiến độ dù dịch "
            "bệnh ảnh hưởng đến hoạt động hợp tác quốc tế.</p>"
        ),
        "body_en": (
            "<p>The Viet Nam–Japan Joint Coordinating Committee (JCC) held its 7th meeting under "
            "the project on harmonising existing laws and unifying their application towards 2020, "
            "funded by the Japan International Cooperation Agency (JICA). Covid-19 meant the "
            "meeting took place online.</p>"
            "<p>Mr Nguyễn Hữu Huyên, Director-General of the International Cooperation "
            "Department, shared the chair with Professor Morishima Akio, professor emeritus at "
            "Nagoya University.</p>"
            "<h3>Participants</h3>"
            "<ul>"
            "<li>In Viet Nam: the Embassy of Japan, JICA Viet Nam, the JICA Project Office and the "
            "five Vietnamese partner agencies implementing the project.</li>"
            "<li>In Japan: the Ministry of Justice of Japan and JICA.</li>"
            "</ul>"
            "<h3>Business</h3>"
            "<ul>"
            "<li>A review of how the approved 2019–2020 work plan had been carried out.</li>"
            "<li>The work plan for the extension period, 1 April to 31 December 2020.</li>"
            "<li>A new project document, so that support can resume in January 2021 with no "
            "gap.</li>"
            "</ul>"
            "<p>The co-chairs praised both sides for keeping the plan on track even though the "
            "pandemic had disrupted international cooperation.</p>"
        ),
        "outcomes_vi": (
            "<ul>"
            "<li>Các cơ quan thực hiện báo cáo đã hoàn thành khoảng 80% kế hoạch được duyệt, nhiều "
            "hoạt động chuyển sang hình thức trực tuyến.</li>"
            "<li>Bộ Tư pháp đề nghị các đơn vị và cơ quan đối tác phối hợp chặt hơn với Văn phòng "
            "Dự án, ưu tiên hình thức trực tuyến, chủ động báo cáo và chia sẻ sản phẩm để kết quả "
            "được bền vững, đồng thời chuẩn bị tổng kết 5 năm thực hiện dự án.</li>"
            "<li>Hai bên mong sớm thống nhất nội dung chính của văn kiện dự án mới.</li>"
            "</ul>"
        ),
        "outcomes_en": (
            "<ul>"
            "<li>Implementing agencies reported about 80% of the approved plan delivered, with many "
            "activities moved online.</li>"
            "<li>The Ministry asked its units and partner agencies to work more closely with the "
            "Project Office, favour online formats, report and share outputs so that results last, "
            "and prepare the review of five years of implementation.</li>"
            "<li>Both sides aimed to agree the main content of the new project document "
            "soon.</li>"
            "</ul>"
        ),
        "start": "2020-07-02T09:00",
        "end": "2020-07-02T11:30",
        "all_day": False,
        "mode": "online",
        "venue_name_vi": "",
        "venue_name_en": "",
        "address": "",
        "city_vi": "",
        "city_en": "",
        "country": "",
        "state": "scheduled",
        "delegates": None,
        "project": "jica-harmonising-laws-2020",
        "agreements": [],
        "organisers": [
            {"partner": "moj-vn", "role": "organiser"},
            {"partner": "jica", "role": "co_organiser"},
        ],
        "people": [
            {
                "role": "co_chair",
                "name": "Nguyễn Hữu Huyên",
                "title_vi": "Vụ trưởng Vụ Hợp tác quốc tế, Bộ Tư pháp",
                "title_en": "Director-General, International Cooperation Department, Ministry of Justice",
                "organisation": "moj-vn",
            },
            {
                "role": "co_chair",
                "name": "Morishima Akio",
                "title_vi": "Giáo sư danh dự, Đại học Nagoya",
                "title_en": "Professor Emeritus, Nagoya University",
                "organisation": None,
            },
        ],
        "agenda": [
            {
                "time": "09:00",
                "title_vi": "Phát biểu khai mạc của hai đồng chủ tịch",
                "title_en": "Opening remarks by the co-chairs",
                "speakers": "Nguyễn Hữu Huyên; Morishima Akio",
            },
            {
                "time": "09:20",
                "title_vi": "Báo cáo đánh giá thực hiện kế hoạch công tác 2019–2020",
                "title_en": "Report on the 2019–2020 work plan",
                "speakers": "",
            },
            {
                "time": "10:00",
                "title_vi": "Kế hoạch hoạt động thời gian gia hạn dự án",
                "title_en": "Activities planned for the extension period",
                "speakers": "",
            },
            {
                "time": "10:40",
                "title_vi": "Trao đổi về văn kiện dự án mới",
                "title_en": "Discussion of the new project document",
                "speakers": "",
            },
            {
                "time": "11:20",
                "title_vi": "Bế mạc",
                "title_en": "Closing",
                "speakers": "Nguyễn Hữu Huyên; Morishima Akio",
            },
        ],
    },
    {
        "key": "gender-mainstreaming-hlu-workshop-2020",
        "kind": "seminar",
        "title_vi": (
            "Hội thảo quốc tế “Tăng cường lồng ghép giới trong chương trình đào tạo luật của "
            "Trường Đại học Luật Hà Nội”"
        ),
        "title_en": (
            "International workshop on strengthening gender mainstreaming in Hanoi Law "
            "University's law curriculum"
        ),
        "theme_vi": "Lồng ghép giới và phòng, chống bạo lực giới trong đào tạo luật",
        "theme_en": "Gender mainstreaming and the prevention of gender-based violence in legal education",
        "summary_vi": (
            "Trường Đại học Luật Hà Nội và UNICEF cùng các nhà khoa học xem xét chương trình đào "
            "tạo luật dưới góc độ giới và đề xuất cách đưa nội dung bình đẳng giới, phòng, chống "
            "bạo lực giới vào giảng dạy. Hội thảo thuộc Dự án EU JULE."
        ),
        "summary_en": (
            "Hanoi Law University, UNICEF and researchers looked at the law curriculum through a "
            "gender lens and discussed how to build gender equality and the prevention of "
            "gender-based violence into teaching. The workshop was part of the EU JULE project."
        ),
        "body_vi": (
            "<p>Hội thảo do Trường Đại học Luật Hà Nội tổ chức trong khuôn khổ Dự án EU JULE. Đồng "
            "chủ trì là Phó Giáo sư Vũ Thị Lan Anh, Phó Hiệu trưởng nhà trường, và ông Sergiu "
            "Rusanovschi, đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Việt Nam.</p>"
            "<h3>Các báo cáo</h3>"
            "<p>Giáo sư Yvon Dandurand cùng các nhà khoa học của trường trình bày:</p>"
            "<ul>"
            "<li>kết quả đánh giá mức độ lồng ghép giới trong chương trình đào tạo của trường;</li>"
            "<li>tổng quan về bình đẳng giới, bạo lực giới và lồng ghép giới trong chương trình "
            "đào tạo luật;</li>"
            "<li>phân tích các học phần bắt buộc, học phần tự chọn, khối kiến thức cơ sở ngành và "
            "khối kiến thức chuyên ngành từ góc nhìn giới.</li>"
            "</ul>"
            "<h3>Thảo luận</h3>"
            "<p>Các nhà quản lý, nhà khoa học của Bộ Văn hóa, Thể thao và Du lịch và của các cơ sở "
            "đào tạo luật đã góp ý để chương trình của Trường Đại học Luật Hà Nội nói riêng và của "
            "các cơ sở đào tạo luật nói chung phản ánh tốt hơn yêu cầu về giới.</p>"
        ),
        "body_en": (
            "<p>Hanoi Law University hosted this workshop under the EU JULE project. It was "
            "co-chaired by Associate Professor Vũ Thị Lan Anh, the university's Vice-Rector, and "
            "Mr Sergiu Rusanovschi, representing the United Nations Children's Fund (UNICEF) in Viet "
            "Nam.</p>"
            "<h3>Papers presented</h3>"
            "<p>Professor Yvon Dandurand and researchers from the university presented:</p>"
            "<ul>"
            "<li>an assessment of how far gender is mainstreamed in the university's training "
            "programme;</li>"
            "<li>an overview of gender equality, gender-based violence and gender mainstreaming in "
            "law curricula;</li>"
            "<li>a review of compulsory and elective modules and of the foundation and specialist "
            "knowledge blocks from a gender perspective.</li>"
            "</ul>"
            "<h3>Discussion</h3>"
            "<p>Managers and researchers from the Ministry of Culture, Sports and Tourism and from "
            "law schools offered suggestions so that the curriculum of Hanoi Law University, and of "
            "legal education institutions more widely, responds better to gender concerns.</p>"
        ),
        "outcomes_vi": (
            "<p>Hội thảo chỉ ra yêu cầu tăng cường nội dung phòng, chống bạo lực giới trong chương "
            "trình đào tạo và cần có giải pháp đồng bộ để lồng ghép giới vào các học phần.</p>"
        ),
        "outcomes_en": (
            "<p>The workshop concluded that the curriculum needs more on preventing gender-based "
            "violence and a coherent set of measures to mainstream gender across its modules.</p>"
        ),
        "start": "2020-07-16T08:00",
        "end": "2020-07-16T12:00",
        "all_day": False,
        "mode": "in_person",
        "venue_name_vi": "Trường Đại học Luật Hà Nội",
        "venue_name_en": "Hanoi Law University",
        "address": "",
        "city_vi": "Hà Nội",
        "city_en": "Hanoi",
        "country": "VN",
        "state": "scheduled",
        "delegates": None,
        "project": "eu-jule",
        "agreements": [],
        # Hanoi Law University, the host, is not a partner in cooperation/demo_data.py.
        "organisers": [
            {"partner": "moj-vn", "role": "organiser"},
            {"partner": "unicef", "role": "co_organiser"},
        ],
        "people": [
            {
                "role": "co_chair",
                "name": "Vũ Thị Lan Anh",
                "title_vi": "Phó Giáo sư, Phó Hiệu trưởng Trường Đại học Luật Hà Nội",
                "title_en": "Associate Professor, Vice-Rector of Hanoi Law University",
                "organisation": None,
            },
            {
                "role": "co_chair",
                "name": "Sergiu Rusanovschi",
                "title_vi": "Đại diện UNICEF tại Việt Nam",
                "title_en": "Representing UNICEF in Viet Nam",
                "organisation": "unicef",
            },
            {
                "role": "speaker",
                "name": "Yvon Dandurand",
                "title_vi": "Giáo sư, chuyên gia quốc tế",
                "title_en": "Professor, international expert",
                "organisation": None,
            },
        ],
        "agenda": [
            {
                "time": "08:30",
                "title_vi": "Khai mạc",
                "title_en": "Opening",
                "speakers": "Vũ Thị Lan Anh; Sergiu Rusanovschi",
            },
            {
                "time": "09:00",
                "title_vi": "Báo cáo đánh giá lồng ghép giới trong chương trình đào tạo",
                "title_en": "Assessment of gender mainstreaming in the training programme",
                "speakers": "Yvon Dandurand",
            },
            {
                "time": "10:00",
                "title_vi": "Bình đẳng giới, bạo lực giới và các học phần của chương trình",
                "title_en": "Gender equality, gender-based violence and the curriculum's modules",
                "speakers": "",
            },
            {
                "time": "10:45",
                "title_vi": "Thảo luận và góp ý",
                "title_en": "Discussion and comments",
                "speakers": "",
            },
            {
                "time": "11:40",
                "title_vi": "Tổng kết hội thảo",
                "title_en": "Closing summary",
                "speakers": "",
            },
        ],
    },
    {
        "key": "gender-sensitive-conciliation-materials-2020",
        "kind": "seminar",
        "title_vi": "Hội thảo trực tuyến công bố tài liệu bồi dưỡng hòa giải viên ở cơ sở có nhạy cảm giới",
        "title_en": "Online workshop releasing gender-sensitive training materials for grassroots conciliators",
        "theme_vi": "Nâng cao năng lực, kỹ năng và hiểu biết về giới của hòa giải viên ở cơ sở",
        "theme_en": "Building grassroots conciliators' skills and understanding of gender",
        "summary_vi": (
            "Bộ Tư pháp và UNDP Việt Nam giới thiệu trực tuyến bộ tài liệu bồi dưỡng hòa giải viên "
            "ở cơ sở lồng ghép yếu tố giới, xây dựng trong khuôn khổ Dự án EU JULE, và bàn cách "
            "đưa tài liệu vào sử dụng."
        ),
        "summary_en": (
            "The Ministry of Justice and UNDP Viet Nam presented online a set of gender-sensitive "
            "training materials for grassroots conciliators, developed under the EU JULE project, "
            "and discussed how to put them to use."
        ),
        "body_vi": (
            "<p>Hội thảo do đơn vị phụ trách phổ biến, giáo dục pháp luật của Bộ Tư pháp phối hợp "
            "với UNDP Việt Nam tổ chức theo hình thức trực tuyến, trong khuôn khổ Dự án EU "
            "JULE.</p>"
            "<h3>Vì sao cần bộ tài liệu</h3>"
            "<p>Thực tế, nhiều hòa giải viên ở cơ sở chủ yếu dựa vào kinh nghiệm cá nhân khi hòa "
            "giải, trong khi hiểu biết về giới và bình đẳng giới của họ còn hạn chế. Một bộ tài "
            "liệu dùng trong các lớp bồi dưỡng sẽ giúp hòa giải viên nâng cao năng lực và kỹ "
            "năng.</p>"
            "<h3>Ý nghĩa</h3>"
            "<ul>"
            "<li>Góp phần nâng chất lượng hòa giải ở cơ sở.</li>"
            "<li>Thúc đẩy bình đẳng giới và giúp cộng đồng hiểu đúng hơn về giới.</li>"
            "</ul>"
            "<p>Người tham dự cũng trao đổi kế hoạch áp dụng tài liệu sao cho hiệu quả trong thực "
            "tiễn và tạo tác động lâu dài, bền vững tới công tác hòa giải ở cơ sở.</p>"
        ),
        "body_en": (
            "<p>The Ministry of Justice's legal dissemination and education unit held this online "
            "workshop with UNDP Viet Nam under the EU JULE project.</p>"
            "<h3>Why the materials are needed</h3>"
            "<p>Many grassroots conciliators rely mostly on their own experience, and their "
            "understanding of gender and gender equality is often limited. Materials designed for "
            "training courses give them a way to build capacity and skills.</p>"
            "<h3>What they are expected to achieve</h3>"
            "<ul>"
            "<li>Better-quality conciliation at the grassroots.</li>"
            "<li>Progress on gender equality and wider public awareness of gender issues.</li>"
            "</ul>"
            "<p>Participants also discussed plans for applying the materials so that they work in "
            "practice and have a lasting effect on grassroots conciliation.</p>"
        ),
        "outcomes_vi": (
            "<p>Bộ tài liệu bồi dưỡng hòa giải viên ở cơ sở có nhạy cảm giới được công bố; các bên "
            "trao đổi kế hoạch đưa tài liệu vào các lớp bồi dưỡng.</p>"
        ),
        "outcomes_en": (
            "<p>The gender-sensitive training materials for grassroots conciliators were released, "
            "and participants discussed plans for using them in training courses.</p>"
        ),
        "start": "2020-08-31T09:00",
        "end": "2020-08-31T11:30",
        "all_day": False,
        "mode": "online",
        "venue_name_vi": "",
        "venue_name_en": "",
        "address": "",
        "city_vi": "",
        "city_en": "",
        "country": "",
        "state": "scheduled",
        "delegates": None,
        "project": "eu-jule",
        "agreements": [],
        "organisers": [
            {"partner": "moj-vn", "role": "organiser"},
            {"partner": "legal-aid-agency", "role": "organiser"},
            {"partner": "undp", "role": "co_organiser"},
        ],
        "people": [],
        "agenda": [
            {
                "time": "09:00",
                "title_vi": "Khai mạc",
                "title_en": "Opening",
                "speakers": "",
            },
            {
                "time": "09:20",
                "title_vi": "Giới thiệu bộ tài liệu bồi dưỡng hòa giải viên",
                "title_en": "Presentation of the training materials",
                "speakers": "",
            },
            {
                "time": "10:15",
                "title_vi": "Trao đổi kế hoạch áp dụng tài liệu",
                "title_en": "Discussion on applying the materials",
                "speakers": "",
            },
            {
                "time": "11:15",
                "title_vi": "Bế mạc",
                "title_en": "Closing",
                "speakers": "",
            },
        ],
    },
    {
        "key": "foreign-judgments-database-launch-2020",
        "kind": "seminar",
        "title_vi": (
            "Hội thảo công bố Cơ sở dữ liệu về công nhận và cho thi hành bản án, quyết định của "
            "tòa án nước ngoài và phán quyết của trọng tài nước ngoài"
        ),
        "title_en": (
            "Workshop launching the database on recognition and enforcement of foreign judgments "
            "and arbitral awards"
        ),
        "theme_vi": "Dữ liệu minh bạch cho giải quyết tranh chấp thương mại, đầu tư có yếu tố nước ngoài",
        "theme_en": "Open data for resolving foreign-related trade and investment disputes",
        "summary_vi": (
            "Bộ Tư pháp cùng UNDP Việt Nam và Đại sứ quán Anh ra mắt cơ sở dữ liệu thống kê các "
            "bản án, quyết định của tòa án nước ngoài và phán quyết trọng tài nước ngoài đã được "
            "tòa án Việt Nam xem xét công nhận và cho thi hành."
        ),
        "summary_en": (
            "The Ministry of Justice, UNDP Viet Nam and the British Embassy launched a database of "
            "foreign court judgments and decisions and foreign arbitral awards that Vietnamese "
            "courts have considered for recognition and enforcement."
        ),
        "body_vi": (
            "<p>Cơ sở dữ liệu là sản phẩm hợp tác năm 2020 giữa Vụ Pháp luật quốc tế (Bộ Tư pháp) "
            "và UNDP. Hội thảo công bố được Bộ Tư pháp tổ chức cùng UNDP Việt Nam và Đại sứ quán "
            "Anh.</p>"
            "<h3>Nội dung cơ sở dữ liệu</h3>"
            "<ul>"
            "<li>Thống kê, phân loại theo tiêu chí các bản án, quyết định của tòa án nước ngoài và "
            "phán quyết của trọng tài nước ngoài được tòa án Việt Nam xem xét, từ năm 2012 đến "
            "ngày 30/9/2016.</li>"
            "<li>Được đăng trên trang thông tin pháp luật quốc tế thuộc Cổng thông tin điện tử của "
            "Bộ Tư pháp.</li>"
            "</ul>"
            "<h3>Giá trị sử dụng</h3>"
            "<p>Đây là nguồn dữ liệu đáng tin cậy để đánh giá thực tiễn và kiến nghị cải thiện "
            "hoạt động công nhận, cho thi hành, qua đó giúp giải quyết hiệu quả hơn tranh chấp "
            "thương mại, đầu tư nước ngoài và tạo môi trường kinh doanh thuận lợi, minh bạch.</p>"
            "<p>Ông Nils Christensen, đại diện UNDP Việt Nam, cho rằng công nhận và thi hành tốt "
            "bản án, phán quyết nước ngoài là điều kiện để có môi trường kinh doanh bình đẳng, "
            "khuyến khích đầu tư nước ngoài và giúp Việt Nam hội nhập tốt hơn vào kinh tế toàn "
            "cầu.</p>"
        ),
        "body_en": (
            "<p>The database came out of 2020 cooperation between the Ministry of Justice's "
            "Department of International Law and UNDP. The Ministry launched it at a workshop "
            "held with UNDP Viet Nam and the British Embassy.</p>"
            "<h3>What it holds</h3>"
            "<ul>"
            "<li>Statistics, sorted by a set of criteria, on foreign court judgments and decisions "
            "and foreign arbitral awards considered by Vietnamese courts from 2012 to 30 September "
            "2016.</li>"
            "<li>It is published on the international law pages of the Ministry of Justice's web "
            "portal.</li>"
            "</ul>"
            "<h3>Why it matters</h3>"
            "<p>The data give a dependable basis for assessing practice and proposing improvements "
            "in recognition and enforcement. That in turn helps settle trade and foreign investment "
            "disputes more efficiently and supports an open, predictable business climate.</p>"
            "<p>Speaking for UNDP Viet Nam, Mr Nils Christensen said that reliable recognition and "
            "enforcement of foreign judgments and awards underpins a level playing field for "
            "business, encourages foreign investment and helps Viet Nam integrate into the global "
            "economy.</p>"
        ),
        "outcomes_vi": (
            "<p>Cơ sở dữ liệu được công bố rộng rãi. Sau hội thảo, dữ liệu sẽ tiếp tục được cập "
            "nhật và các công cụ hiển thị, tra cứu thông tin sẽ được xây dựng.</p>"
        ),
        "outcomes_en": (
            "<p>The database was made public. It will keep being updated, and tools for displaying "
            "and searching its content are to be built.</p>"
        ),
        "start": "2020-09-25T08:30",
        "end": "2020-09-25T11:30",
        "all_day": False,
        "mode": "in_person",
        "venue_name_vi": "",
        "venue_name_en": "",
        "address": "",
        "city_vi": "Hà Nội",  # venue not given in the sources; Hanoi assumed
        "city_en": "Hanoi",
        "country": "VN",
        "state": "scheduled",
        "delegates": None,
        "project": None,
        "agreements": [],
        "organisers": [
            {"partner": "moj-vn", "role": "organiser"},
            {"partner": "intl-law-department", "role": "organiser"},
            {"partner": "undp", "role": "co_organiser"},
            {"partner": "uk-embassy", "role": "co_organiser"},
        ],
        "people": [
            {
                "role": "speaker",
                "name": "Nils Christensen",
                "title_vi": "Đại diện UNDP Việt Nam",
                "title_en": "UNDP Viet Nam",
                "organisation": "undp",
            },
        ],
        "agenda": [
            {
                "time": "08:30",
                "title_vi": "Khai mạc",
                "title_en": "Opening",
                "speakers": "",
            },
            {
                "time": "08:50",
                "title_vi": "Phát biểu của các đối tác",
                "title_en": "Remarks by the partners",
                "speakers": "Nils Christensen",
            },
            {
                "time": "09:15",
                "title_vi": "Giới thiệu cơ sở dữ liệu và cách tra cứu",
                "title_en": "Presentation of the database and how to use it",
                "speakers": "",
            },
            {
                "time": "10:15",
                "title_vi": "Thảo luận",
                "title_en": "Discussion",
                "speakers": "",
            },
            {
                "time": "11:15",
                "title_vi": "Bế mạc",
                "title_en": "Closing",
                "speakers": "",
            },
        ],
    },
    # --- Planned for Q IV/2020 (seed 004, section III) ---------------------------------------
    {
        "key": "violence-against-children-discussion-2020",
        "kind": "discussion",
        "title_vi": (
            "Tọa đàm “Nâng cao nhận thức pháp luật nhằm tăng cường phòng, chống bạo lực trẻ em”"
        ),
        "title_en": (
            "Discussion session: raising legal awareness to strengthen the prevention of violence "
            "against children"
        ),
        "theme_vi": "Hoàn thiện và thi hành pháp luật về phòng, chống bạo lực trẻ em",
        "theme_en": "Improving and enforcing the law on preventing violence against children",
        "summary_vi": (
            "Tọa đàm dự kiến trong quý IV/2020, do Bộ Tư pháp phối hợp với Phái đoàn Liên minh "
            "châu Âu và UNICEF tổ chức theo kế hoạch năm 2020 của Dự án EU JULE, bàn về nhận thức "
            "pháp luật trong phòng, chống bạo lực trẻ em."
        ),
        "summary_en": (
            "A discussion session planned for Q IV/2020 by the Ministry of Justice with the EU "
            "Delegation and UNICEF, under the EU JULE project's 2020 work plan, on legal awareness "
            "as a tool against violence against children."
        ),
        "body_vi": (
            "<p>Tọa đàm về hoàn thiện và thi hành pháp luật này nằm trong kế hoạch công tác năm "
            "2020 của Dự án EU JULE do Liên minh châu Âu tài trợ. Bộ Tư pháp dự kiến phối hợp với "
            "Phái đoàn Liên minh châu Âu tại Việt Nam và Quỹ Nhi đồng Liên hợp quốc (UNICEF) tổ "
            "chức.</p>"
            "<h3>Mục đích</h3>"
            "<ul>"
            "<li>Chia sẻ, cập nhật thông tin và kết quả nghiên cứu về thực trạng nhận thức pháp "
            "luật phòng, chống bạo lực trẻ em trong những năm gần đây, cùng các giải pháp đã "
            "áp dụng.</li>"
            "<li>Thảo luận, đề xuất giải pháp cho thời gian tới, kể cả cơ chế hợp tác quốc "
            "tế.</li>"
            "</ul>"
            "<h3>Thành phần dự kiến</h3>"
            "<p>Đại diện một số cơ quan Đảng ở trung ương và ủy ban của Quốc hội; Tòa án nhân dân "
            "tối cao, Viện kiểm sát nhân dân tối cao; một số bộ, ngành; Ủy ban Trung ương Mặt trận "
            "Tổ quốc Việt Nam; viện nghiên cứu, cơ sở đào tạo luật; Hội Luật gia, Liên đoàn Luật "
            "sư, Hội Bảo vệ quyền trẻ em và Hội Người khuyết tật Việt Nam; Ủy ban nhân dân, Tòa án, "
            "Viện kiểm sát, Sở Lao động – Thương binh và Xã hội, Sở Giáo dục và Đào tạo, Hội Liên "
            "hiệp Phụ nữ một số địa phương; cơ quan đại diện ngoại giao và tổ chức quốc tế.</p>"
        ),
        "body_en": (
            "<p>This discussion session on improving and enforcing the law is part of the 2020 "
            "work plan of the EU-funded EU JULE project. The Ministry of Justice plans to hold it "
            "with the Delegation of the European Union to Viet Nam and the United Nations "
            "Children's Fund (UNICEF).</p>"
            "<h3>Aims</h3>"
            "<ul>"
            "<li>To share up-to-date information and research on how well the law on preventing "
            "violence against children is known and understood, and on the measures taken in "
            "recent years.</li>"
            "<li>To discuss and propose next steps, including how international cooperation "
            "should work.</li>"
            "</ul>"
            "<h3>Expected participants</h3>"
            "<p>Representatives of central Party bodies and National Assembly committees; the "
            "Supreme People's Court and the Supreme People's Procuracy; ministries; the Central "
            "Committee of the Viet Nam Fatherland Front; research and law-training institutions; "
            "the Viet Nam Lawyers' Association, the Viet Nam Bar Federation, the Viet Nam "
            "Association for Protection of Children's Rights and the Viet Nam Association of "
            "People with Disabilities; provincial People's Committees, courts, procuracies, labour "
            "and education departments and women's unions; and diplomatic missions and "
            "international organisations.</p>"
        ),
        "outcomes_vi": "",
        "outcomes_en": "",
        "start": "2020-11-19T08:30",  # day not given in the sources (planned for Q IV/2020)
        "end": "2020-11-19T11:30",
        "all_day": False,
        "mode": "in_person",
        "venue_name_vi": "",
        "venue_name_en": "",
        "address": "",
        "city_vi": "Hà Nội",  # venue not given in the sources; Hanoi assumed
        "city_en": "Hanoi",
        "country": "VN",
        "state": "scheduled",
        "delegates": None,
        "project": "eu-jule",
        "agreements": [],
        "organisers": [
            {"partner": "moj-vn", "role": "organiser"},
            {"partner": "eu", "role": "co_organiser"},
            {"partner": "unicef", "role": "co_organiser"},
        ],
        "people": [],
        "agenda": [],
    },
    # --- Working delegation to Laos, April 2025 (seed 003) -----------------------------------
    {
        "key": "lao-moj-working-delegation-2025",
        "kind": "working_delegation",
        "title_vi": "Đoàn công tác của Bộ Tư pháp làm việc với Bộ Tư pháp Lào",
        "title_en": "Ministry of Justice working delegation to the Lao Ministry of Justice",
        "theme_vi": "Thống nhất Chương trình hợp tác năm 2025 và khảo sát phục vụ dự án hỗ trợ Bộ Tư pháp Lào",
        "theme_en": "Agreeing the 2025 cooperation programme and surveying needs for an assistance project",
        "summary_vi": (
            "Đoàn công tác cấp Vụ do bà Nguyễn Linh Kha dẫn đầu sang Viêng Chăn để thống nhất "
            "Chương trình hợp tác năm 2025 với Bộ Tư pháp Lào và tìm hiểu nhu cầu cho dự án hỗ trợ "
            "của Chính phủ Việt Nam dành cho Bộ Tư pháp nước bạn."
        ),
        "summary_en": (
            "A department-level delegation led by Ms Nguyễn Linh Kha travelled to Vientiane to "
            "agree the 2025 cooperation programme with the Lao Ministry of Justice and to gather "
            "information for a Vietnamese Government assistance project for that Ministry."
        ),
        "body_vi": (
            "<p>Chuyến công tác dựa trên Thỏa thuận hợp tác về pháp luật và tư pháp giai đoạn "
            "2021–2025 giữa hai Bộ (ký tháng 12/2020) và tiếp nối chuyến thăm Lào tháng 12/2024 "
            "của Bộ trưởng Nguyễn Hải Ninh, khi Bộ trưởng dự Hội nghị Tư pháp các tỉnh có chung "
            "đường biên giới Việt Nam – Lào mở rộng lần thứ 6.</p>"
            "<p>Trưởng đoàn là bà Nguyễn Linh Kha, Phó Vụ trưởng Vụ Hợp tác quốc tế; thành viên "
            "gồm đại diện Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý, Vụ Pháp luật dân "
            "sự – kinh tế và Cục Công nghệ thông tin. Đoàn cũng chia buồn với Bộ Tư pháp Lào và "
            "gia đình cố Thứ trưởng Bountha Songyerthao, mất ngày 30/3/2025.</p>"
            "<h3>Hai mục tiêu</h3>"
            "<ul>"
            "<li>Thống nhất dự thảo Chương trình hợp tác năm 2025 giữa hai Bộ.</li>"
            "<li>Khảo sát hạ tầng công nghệ thông tin, công tác xây dựng, thẩm định văn bản và phổ "
            "biến, giáo dục pháp luật của Bộ Tư pháp Lào, phục vụ dự án hỗ trợ nêu trong Thỏa "
            "thuận về Kế hoạch hợp tác năm 2025 giữa hai Chính phủ (ký ngày 9/1/2025).</li>"
            "</ul>"
            "<h3>Lịch làm việc</h3>"
            "<p>Sáng 3/4, đoàn chào Thứ trưởng Bộ Tư pháp Lào Ketsana Phommachan. Ngày 3–4/4, đoàn "
            "làm việc với Vụ Hợp tác quốc tế, Văn phòng Bộ, Vụ Pháp luật, Cục Phổ biến giáo dục "
            "pháp luật và Vụ Khuyến khích hệ thống pháp luật của nước bạn.</p>"
        ),
        "body_en": (
            "<p>The visit rested on the 2021–2025 agreement on cooperation in law and justice "
            "between the two Ministries (signed in December 2020) and followed up Minister Nguyễn "
            "Hải Ninh's trip to Laos in December 2024 for the 6th expanded justice conference of "
            "the provinces along the Viet Nam–Laos border.</p>"
            "<p>Ms Nguyễn Linh Kha, Deputy Director-General of the International Cooperation "
            "Department, led the delegation, which included officials from the Department of Legal "
            "Dissemination, Education and Legal Aid, the Department of Civil and Economic Law and "
            "the Information Technology Department. The delegation also offered condolences to the "
            "Lao Ministry and to the family of the late Deputy Minister Bountha Songyerthao, who "
            "died on 30 March 2025.</p>"
            "<h3>Two aims</h3>"
            "<ul>"
            "<li>To settle the draft 2025 cooperation programme between the two Ministries.</li>"
            "<li>To survey the Lao Ministry's IT infrastructure, its drafting and review of "
            "legislation and its legal education work, for the assistance project foreseen in the "
            "two Governments' 2025 cooperation plan, signed on 9 January 2025.</li>"
            "</ul>"
            "<h3>Programme</h3>"
            "<p>On the morning of 3 April the delegation called on Lao Deputy Minister of Justice "
            "Ketsana Phommachan. On 3 and 4 April it met the Lao Ministry's international "
            "cooperation, ministry office, legislation, legal dissemination and legal-system "
            "promotion departments, and visited several units on site.</p>"
        ),
        "outcomes_vi": (
            "<ul>"
            "<li>Phía Lào nhất trí với nội dung Chương trình hợp tác năm 2025.</li>"
            "<li>Hai bên nhận diện khó khăn của Bộ Tư pháp Lào: thiếu cán bộ được đào tạo chuyên "
            "sâu về xây dựng pháp luật, công nghệ thông tin, phổ biến pháp luật và trợ giúp pháp "
            "lý; đường truyền chưa ổn định, chỉ khoảng 70% công chức có máy tính; chưa có hệ thống "
            "quản lý máy chủ, chưa có phần mềm dịch vụ công trực tuyến, công việc phần lớn vẫn làm "
            "trên giấy.</li>"
            "<li>Đoàn khảo sát bộ phận công nghệ thông tin, hệ thống quản lý điều hành, Cổng thông "
            "tin điện tử, công tác Công báo và truyền thông pháp luật, nơi tiếp công dân và trợ giúp "
            "pháp lý, cơ sở dữ liệu pháp luật và ứng dụng trợ giúp pháp lý của Bộ Tư pháp Lào.</li>"
            "<li>Kết quả chuyến đi là cơ sở để thiết kế dự án hỗ trợ kỹ thuật mới sát với điều "
            "kiện và pháp luật của hai nước.</li>"
            "</ul>"
        ),
        "outcomes_en": (
            "<ul>"
            "<li>The Lao side agreed the content of the 2025 cooperation programme.</li>"
            "<li>The talks brought out the Lao Ministry's constraints: too few staff with in-depth "
            "training in law-making, IT, legal dissemination and legal aid; an unreliable network, "
            "with computers for only about 70% of civil servants; no server management system or "
            "online public-service software, and work still largely on paper.</li>"
            "<li>The delegation saw the IT unit, the executive management systems, the web "
            "portal, the Official Gazette and legal media work, the citizen reception and legal "
            "aid desk, the legal database and the legal aid application.</li>"
            "<li>The findings will shape a new technical assistance project suited to both "
            "countries' conditions and laws.</li>"
            "</ul>"
        ),
        "start": "2025-04-02T00:00",
        "end": "2025-04-05T00:00",
        "all_day": True,
        "mode": "in_person",
        "venue_name_vi": "Bộ Tư pháp nước CHDCND Lào",
        "venue_name_en": "Ministry of Justice of the Lao PDR",
        "address": "",
        "city_vi": "Viêng Chăn",
        "city_en": "Vientiane",
        "country": "LA",
        "state": "scheduled",
        "delegates": None,
        "project": "vn-support-lao-moj",
        "agreements": ["la-programme-2025", "la-agreement-2021-2025"],
        "organisers": [
            {"partner": "moj-vn", "role": "organiser"},
            {"partner": "la-moj", "role": "co_organiser"},
        ],
        "people": [
            {
                "role": "head_of_delegation",
                "name": "Nguyễn Linh Kha",
                "title_vi": "Phó Vụ trưởng Vụ Hợp tác quốc tế, Bộ Tư pháp",
                "title_en": "Deputy Director-General, International Cooperation Department, Ministry of Justice",
                "organisation": "moj-vn",
            },
        ],
        "agenda": [],
    },
    # --- Annual Legal Partnership Forum ------------------------------------------------------
    # Illustrative series: the sources describe the forum's rules, not these editions.
    {
        "key": "legal-partnership-forum-2017",
        "kind": "annual_forum",
        "title_vi": "Diễn đàn đối tác pháp luật năm 2017",
        "title_en": "Legal Partnership Forum 2017",
        "theme_vi": "Đối thoại về cải cách pháp luật, tư pháp và ưu tiên hợp tác cho năm 2018",
        "theme_en": "Dialogue on legal and judicial reform and cooperation priorities for 2018",
        "summary_vi": (
            "Diễn đàn thường niên của Nhóm quan hệ đối tác pháp luật, do Bộ trưởng Bộ Tư pháp và "
            "đại diện UNDP đồng chủ trì, cập nhật tiến trình cải cách và bàn các lĩnh vực cần hợp "
            "tác trong năm tới."
        ),
        "summary_en": (
            "The Legal Partnership Group's yearly forum, co-chaired by the Minister of Justice and "
            "a UNDP representative, took stock of reform and looked at where cooperation is needed "
            "in the coming year."
        ),
        "body_vi": (
            "<p>Diễn đàn đối tác pháp luật là hoạt động quan trọng nhất của Nhóm quan hệ đối tác "
            "pháp luật, được tổ chức mỗi năm một lần vào cuối quý IV hoặc đầu quý I. Phiên năm "
            "2017 do Bộ trưởng Bộ Tư pháp và đại diện Chương trình Phát triển Liên hợp quốc (UNDP) "
            "đồng chủ trì; UNDP vốn là đối tác lâu năm của các diễn đàn đối thoại chính sách pháp "
            "luật mà Nhóm kế thừa kinh nghiệm.</p>"
            "<h3>Nội dung</h3>"
            "<ul>"
            "<li>Cập nhật chính sách cải cách pháp luật, cải cách tư pháp và những điểm mới của hệ "
            "thống pháp luật Việt Nam.</li>"
            "<li>Phía Việt Nam giới thiệu lĩnh vực ưu tiên và nhu cầu hợp tác; các đối tác cho biết "
            "mong muốn và khả năng hỗ trợ.</li>"
            "<li>Nhìn lại kết quả các chương trình, dự án trong năm và hiệu quả sử dụng viện "
            "trợ.</li>"
            "</ul>"
            "<p>Thành phần gồm các cơ quan, tổ chức Việt Nam, kể cả tổ chức phi chính phủ có năng "
            "lực, cùng các đối tác quốc tế quan tâm đến hợp tác pháp luật.</p>"
        ),
        "body_en": (
            "<p>The Legal Partnership Forum is the Group's most important activity, held once a "
            "year in late Q4 or early Q1. The 2017 edition was co-chaired by the Minister of "
            "Justice and a representative of the United Nations Development Programme (UNDP), a "
            "long-standing partner in the legal policy dialogues on which the Group builds.</p>"
            "<h3>Agenda in brief</h3>"
            "<ul>"
            "<li>An update on legal and judicial reform policy and recent changes in Viet Nam's "
            "legal system.</li>"
            "<li>Vietnamese priorities and cooperation needs, and what partners wish and are able "
            "to support.</li>"
            "<li>A look back at the year's programmes and projects and at how effectively aid was "
            "used.</li>"
            "</ul>"
            "<p>Vietnamese agencies and organisations, including capable non-governmental "
            "organisations, sat alongside international partners with an interest in legal "
            "cooperation.</p>"
        ),
        "outcomes_vi": (
            "<p>Các bên ghi nhận một số lĩnh vực ưu tiên để tiếp tục trao đổi trong năm 2018. Tổ "
            "thư ký tổng hợp ý kiến vào báo cáo kết quả Diễn đàn và đăng trên chuyên mục của "
            "Nhóm.</p>"
        ),
        "outcomes_en": (
            "<p>Participants noted a number of priority areas for further discussion in 2018. The "
            "secretariat gathered the views into the forum results report and posted it in the "
            "Group's column.</p>"
        ),
        "start": "2017-12-14T08:30",
        "end": "2017-12-14T12:00",
        "all_day": False,
        "mode": "in_person",
        "venue_name_vi": "Bộ Tư pháp",
        "venue_name_en": "Ministry of Justice",
        "address": "",
        "city_vi": "Hà Nội",
        "city_en": "Hanoi",
        "country": "VN",
        "state": "scheduled",
        "delegates": None,
        "project": None,
        "agreements": [],
        "organisers": [
            {"partner": "moj-vn", "role": "organiser"},
            {"partner": "undp", "role": "co_organiser"},
        ],
        "people": [
            {
                "role": "chair",
                "name": "",
                "title_vi": "Bộ trưởng Bộ Tư pháp",
                "title_en": "Minister of Justice",
                "organisation": "moj-vn",
            },
            {
                "role": "co_chair",
                "name": "",
                "title_vi": "Đại diện thường trú UNDP tại Việt Nam",
                "title_en": "UNDP Resident Representative in Viet Nam",
                "organisation": "undp",
            },
        ],
        "agenda": [
            {
                "time": "08:30",
                "title_vi": "Khai mạc",
                "title_en": "Opening",
                "speakers": "",
            },
            {
                "time": "09:00",
                "title_vi": "Cải cách pháp luật, tư pháp và nhu cầu hợp tác của Việt Nam",
                "title_en": "Legal and judicial reform and Viet Nam's cooperation needs",
                "speakers": "",
            },
            {
                "time": "10:15",
                "title_vi": "Đối tác chia sẻ định hướng và khả năng hỗ trợ",
                "title_en": "Partners' plans and capacity to help",
                "speakers": "",
            },
            {
                "time": "11:30",
                "title_vi": "Kết luận của hai đồng chủ trì",
                "title_en": "Conclusions by the co-chairs",
                "speakers": "",
            },
        ],
    },
    {
        "key": "legal-partnership-forum-2019",
        "kind": "annual_forum",
        "title_vi": "Diễn đàn đối tác pháp luật năm 2019",
        "title_en": "Legal Partnership Forum 2019",
        "theme_vi": "Hiệu quả viện trợ trong lĩnh vực pháp luật: nhìn lại năm 2018, định hướng năm 2019",
        "theme_en": "Aid effectiveness in the legal sector: 2018 in review, 2019 ahead",
        "summary_vi": (
            "Phiên đầu năm 2019 của Diễn đàn, do Bộ trưởng Bộ Tư pháp và Trưởng Phái đoàn Liên "
            "minh châu Âu đồng chủ trì, tập trung đánh giá hiệu quả sử dụng viện trợ và các vướng "
            "mắc cần tháo gỡ."
        ),
        "summary_en": (
            "The early-2019 edition of the forum, co-chaired by the Minister of Justice and the "
            "Head of the EU Delegation, focused on how well aid was used and which obstacles need "
            "clearing."
        ),
        "body_vi": (
            "<p>Phiên Diễn đàn này được tổ chức vào đầu quý I, đúng khung thời gian mà đề án thành "
            "lập Nhóm đặt ra. Bộ trưởng Bộ Tư pháp chủ trì cùng Trưởng Phái đoàn Liên minh châu Âu "
            "tại Việt Nam.</p>"
            "<h3>Trọng tâm thảo luận</h3>"
            "<p>Các bên dành phần lớn thời gian cho câu hỏi: viện trợ trong lĩnh vực pháp luật năm "
            "qua đã được sử dụng hiệu quả đến đâu?</p>"
            "<ul>"
            "<li>Kết quả thực hiện các chương trình, dự án và hoạt động hợp tác trong năm "
            "2018.</li>"
            "<li>Những tồn tại, khó khăn trong vận động, quản lý và triển khai viện trợ.</li>"
            "<li>Giải pháp cho năm 2019, trong đó có việc điều phối giữa các nhà tài trợ để tránh "
            "trùng lặp.</li>"
            "</ul>"
            "<p>Phía Việt Nam cũng cập nhật những điểm mới của hệ thống pháp luật và các nhiệm vụ "
            "cải cách tư pháp trong năm.</p>"
        ),
        "body_en": (
            "<p>This edition took place in early Q1, within the window set when the Group was "
            "established. The Minister of Justice chaired it together with the Head of the "
            "Delegation of the European Union to Viet Nam.</p>"
            "<h3>Main question</h3>"
            "<p>Most of the discussion turned on one question: how effectively was aid to the legal "
            "sector used over the past year?</p>"
            "<ul>"
            "<li>Results of the programmes, projects and cooperation activities of 2018.</li>"
            "<li>Shortcomings and difficulties in mobilising, managing and implementing aid.</li>"
            "<li>Solutions for 2019, including coordination among donors to avoid overlap.</li>"
            "</ul>"
            "<p>The Vietnamese side also briefed partners on new developments in the legal system "
            "and on the year's judicial reform tasks.</p>"
        ),
        "outcomes_vi": (
            "<p>Diễn đàn ghi nhận các đề xuất nhằm nâng cao hiệu quả sử dụng viện trợ; Tổ thư ký "
            "đưa các đề xuất này vào báo cáo đánh giá hiệu quả hợp tác của Nhóm.</p>"
        ),
        "outcomes_en": (
            "<p>The forum recorded proposals for using aid more effectively, which the secretariat "
            "carried into the Group's report on cooperation effectiveness.</p>"
        ),
        "start": "2019-01-17T08:30",
        "end": "2019-01-17T12:00",
        "all_day": False,
        "mode": "in_person",
        "venue_name_vi": "Bộ Tư pháp",
        "venue_name_en": "Ministry of Justice",
        "address": "",
        "city_vi": "Hà Nội",
        "city_en": "Hanoi",
        "country": "VN",
        "state": "scheduled",
        "delegates": None,
        "project": None,
        "agreements": [],
        "organisers": [
            {"partner": "moj-vn", "role": "organiser"},
            {"partner": "eu", "role": "co_organiser"},
        ],
        "people": [
            {
                "role": "chair",
                "name": "",
                "title_vi": "Bộ trưởng Bộ Tư pháp",
                "title_en": "Minister of Justice",
                "organisation": "moj-vn",
            },
            {
                "role": "co_chair",
                "name": "",
                "title_vi": "Trưởng Phái đoàn Liên minh châu Âu tại Việt Nam",
                "title_en": "Head of the Delegation of the European Union to Viet Nam",
                "organisation": "eu",
            },
        ],
        "agenda": [
            {
                "time": "08:30",
                "title_vi": "Khai mạc",
                "title_en": "Opening",
                "speakers": "",
            },
            {
                "time": "09:00",
                "title_vi": "Kết quả hợp tác pháp luật năm 2018",
                "title_en": "Legal cooperation results in 2018",
                "speakers": "",
            },
            {
                "time": "10:15",
                "title_vi": "Thảo luận về hiệu quả viện trợ và điều phối nhà tài trợ",
                "title_en": "Discussion: aid effectiveness and donor coordination",
                "speakers": "",
            },
            {
                "time": "11:30",
                "title_vi": "Kết luận của hai đồng chủ trì",
                "title_en": "Conclusions by the co-chairs",
                "speakers": "",
            },
        ],
    },
    {
        "key": "legal-partnership-forum-2021",
        "kind": "annual_forum",
        "title_vi": "Diễn đàn đối tác pháp luật năm 2021",
        "title_en": "Legal Partnership Forum 2021",
        "theme_vi": "Duy trì hợp tác pháp luật trong bối cảnh dịch bệnh và định hướng giai đoạn mới",
        "theme_en": "Keeping legal cooperation going through the pandemic and looking to the next phase",
        "summary_vi": (
            "Diễn đàn năm 2021, do Bộ trưởng Bộ Tư pháp và đại diện JICA đồng chủ trì, được tổ "
            "chức kết hợp trực tiếp và trực tuyến, bàn cách giữ nhịp hợp tác pháp luật khi dịch "
            "bệnh còn diễn biến phức tạp."
        ),
        "summary_en": (
            "Co-chaired by the Minister of Justice and a JICA representative, the 2021 forum met "
            "both in person and online to discuss how to keep legal cooperation on track while the "
            "pandemic continued."
        ),
        "body_vi": (
            "<p>Dịch Covid-19 buộc nhiều hội nghị, hội thảo và đoàn khảo sát phải lùi lịch hoặc "
            "đổi hình thức. Vì vậy, phiên Diễn đàn cuối năm 2021 kết nối đại biểu tại hội trường "
            "với các đối tác tham gia trực tuyến. Bộ trưởng Bộ Tư pháp đồng chủ trì cùng đại diện "
            "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA).</p>"
            "<h3>Các chủ đề</h3>"
            "<ul>"
            "<li>Kinh nghiệm chuyển hoạt động hợp tác sang hình thức trực tuyến: điều gì hiệu quả, "
            "điều gì còn hạn chế.</li>"
            "<li>Các lĩnh vực ưu tiên của Việt Nam cho giai đoạn hợp tác mới.</li>"
            "<li>Tiến độ giải ngân và những vướng mắc trong thực hiện chương trình, dự án.</li>"
            "</ul>"
            "<p>Các đối tác phát triển chia sẻ kế hoạch hỗ trợ của mình để phía Việt Nam chủ động "
            "sắp xếp nguồn lực và tránh chồng chéo.</p>"
        ),
        "body_en": (
            "<p>Covid-19 had forced many conferences, seminars and survey delegations to be "
            "postponed or reshaped. The late-2021 forum therefore linked delegates in the hall "
            "with partners joining online. The Minister of Justice co-chaired it with a "
            "representative of the Japan International Cooperation Agency (JICA).</p>"
            "<h3>Topics</h3>"
            "<ul>"
            "<li>Lessons from moving cooperation online: what worked and what fell short.</li>"
            "<li>Viet Nam's priority areas for the next phase of cooperation.</li>"
            "<li>Disbursement progress and the obstacles met in running programmes and "
            "projects.</li>"
            "</ul>"
            "<p>Development partners outlined their support plans so that the Vietnamese side could "
            "plan its resources ahead and avoid duplication.</p>"
        ),
        "outcomes_vi": (
            "<p>Các bên thống nhất tiếp tục kết hợp hình thức trực tiếp và trực tuyến khi cần. Kết "
            "quả Diễn đàn được tổng hợp trong báo cáo gửi lãnh đạo Bộ và các thành viên Nhóm.</p>"
        ),
        "outcomes_en": (
            "<p>Participants agreed to keep combining in-person and online formats where useful. "
            "The results were summarised in a report to the Ministry's leaders and the Group's "
            "members.</p>"
        ),
        "start": "2021-12-16T08:30",
        "end": "2021-12-16T12:00",
        "all_day": False,
        "mode": "hybrid",
        "venue_name_vi": "Bộ Tư pháp",
        "venue_name_en": "Ministry of Justice",
        "address": "",
        "city_vi": "Hà Nội",
        "city_en": "Hanoi",
        "country": "VN",
        "state": "scheduled",
        "delegates": None,
        "project": None,
        "agreements": [],
        "organisers": [
            {"partner": "moj-vn", "role": "organiser"},
            {"partner": "jica", "role": "co_organiser"},
        ],
        "people": [
            {
                "role": "chair",
                "name": "",
                "title_vi": "Bộ trưởng Bộ Tư pháp",
                "title_en": "Minister of Justice",
                "organisation": "moj-vn",
            },
            {
                "role": "co_chair",
                "name": "",
                "title_vi": "Trưởng đại diện Văn phòng JICA tại Việt Nam",
                "title_en": "Chief Representative, JICA Viet Nam Office",
                "organisation": "jica",
            },
        ],
        "agenda": [
            {
                "time": "08:30",
                "title_vi": "Khai mạc",
                "title_en": "Opening",
                "speakers": "",
            },
            {
                "time": "09:00",
                "title_vi": "Hợp tác pháp luật trong bối cảnh dịch bệnh: bài học kinh nghiệm",
                "title_en": "Legal cooperation during the pandemic: lessons learned",
                "speakers": "",
            },
            {
                "time": "10:15",
                "title_vi": "Ưu tiên hợp tác cho giai đoạn mới",
                "title_en": "Cooperation priorities for the next phase",
                "speakers": "",
            },
            {
                "time": "11:30",
                "title_vi": "Kết luận của hai đồng chủ trì",
                "title_en": "Conclusions by the co-chairs",
                "speakers": "",
            },
        ],
    },
    {
        "key": "legal-partnership-forum-2024",
        "kind": "annual_forum",
        "title_vi": "Diễn đàn đối tác pháp luật năm 2024",
        "title_en": "Legal Partnership Forum 2024",
        "theme_vi": "Đối thoại chính sách về hoàn thiện thể chế và sử dụng hiệu quả nguồn lực hỗ trợ",
        "theme_en": "Policy dialogue on institutional reform and making support go further",
        "summary_vi": (
            "Bộ trưởng Bộ Tư pháp và đại diện Ngân hàng Thế giới đồng chủ trì Diễn đàn năm 2024, "
            "nơi các bên trao đổi về nhu cầu hoàn thiện thể chế và cách phối hợp các nguồn hỗ trợ "
            "cho lĩnh vực pháp luật."
        ),
        "summary_en": (
            "The Minister of Justice and a World Bank representative co-chaired the 2024 forum, "
            "where participants discussed institutional reform needs and how to coordinate support "
            "for the legal sector."
        ),
        "body_vi": (
            "<p>Phiên Diễn đàn cuối năm 2024 do Bộ trưởng Bộ Tư pháp và đại diện Ngân hàng Thế "
            "giới đồng chủ trì, với sự tham gia của các bộ, ngành, địa phương và đối tác phát "
            "triển.</p>"
            "<h3>Ba nội dung chính</h3>"
            "<ul>"
            "<li><strong>Đối thoại chính sách:</strong> những điểm mới trong xây dựng và thi hành "
            "pháp luật, các nhiệm vụ hoàn thiện thể chế được ưu tiên.</li>"
            "<li><strong>Đề xuất nhu cầu hợp tác:</strong> các cơ quan Việt Nam giới thiệu nhu cầu "
            "đã được Tổ thư ký tổng hợp và đăng trên chuyên mục của Nhóm.</li>"
            "<li><strong>Hiệu quả viện trợ:</strong> rà soát cách phối hợp giữa dự án ODA, viện "
            "trợ phi dự án và hợp tác song phương để nguồn lực đến đúng nơi cần.</li>"
            "</ul>"
            "<p>Diễn đàn cũng là dịp để các đối tác cho biết lĩnh vực họ có thế mạnh và khả năng "
            "hỗ trợ trong năm tới.</p>"
        ),
        "body_en": (
            "<p>The late-2024 forum was co-chaired by the Minister of Justice and a representative "
            "of the World Bank, and brought together ministries, provinces and development "
            "partners.</p>"
            "<h3>Three strands</h3>"
            "<ul>"
            "<li><strong>Policy dialogue:</strong> recent developments in law-making and "
            "enforcement, and the institutional reforms given priority.</li>"
            "<li><strong>Cooperation needs:</strong> Vietnamese agencies presented the needs "
            "proposals compiled by the secretariat and published in the Group's column.</li>"
            "<li><strong>Aid effectiveness:</strong> how ODA projects, non-project aid and bilateral "
            "cooperation can be better coordinated so that resources reach where they are "
            "needed.</li>"
            "</ul>"
            "<p>Partners also used the forum to say where their strengths lie and what support "
            "they can offer in the coming year.</p>"
        ),
        "outcomes_vi": (
            "<p>Tổ thư ký tổng hợp các nhu cầu được đối tác quan tâm để tiếp tục kết nối trong năm "
            "2025 và đưa kết quả vào báo cáo năm của Nhóm.</p>"
        ),
        "outcomes_en": (
            "<p>The secretariat listed the needs that drew partners' interest for follow-up in "
            "2025 and included the results in the Group's annual report.</p>"
        ),
        "start": "2024-12-12T08:30",
        "end": "2024-12-12T12:00",
        "all_day": False,
        "mode": "in_person",
        "venue_name_vi": "Bộ Tư pháp",
        "venue_name_en": "Ministry of Justice",
        "address": "",
        "city_vi": "Hà Nội",
        "city_en": "Hanoi",
        "country": "VN",
        "state": "scheduled",
        "delegates": None,
        "project": None,
        "agreements": [],
        "organisers": [
            {"partner": "moj-vn", "role": "organiser"},
            {"partner": "world-bank", "role": "co_organiser"},
        ],
        "people": [
            {
                "role": "chair",
                "name": "",
                "title_vi": "Bộ trưởng Bộ Tư pháp",
                "title_en": "Minister of Justice",
                "organisation": "moj-vn",
            },
            {
                "role": "co_chair",
                "name": "",
                "title_vi": "Giám đốc quốc gia Ngân hàng Thế giới tại Việt Nam",
                "title_en": "World Bank Country Director for Viet Nam",
                "organisation": "world-bank",
            },
        ],
        "agenda": [
            {
                "time": "08:30",
                "title_vi": "Khai mạc",
                "title_en": "Opening",
                "speakers": "",
            },
            {
                "time": "09:00",
                "title_vi": "Đối thoại chính sách về hoàn thiện thể chế",
                "title_en": "Policy dialogue on institutional reform",
                "speakers": "",
            },
            {
                "time": "10:15",
                "title_vi": "Nhu cầu hợp tác và phối hợp nguồn lực hỗ trợ",
                "title_en": "Cooperation needs and coordinating support",
                "speakers": "",
            },
            {
                "time": "11:30",
                "title_vi": "Kết luận của hai đồng chủ trì",
                "title_en": "Conclusions by the co-chairs",
                "speakers": "",
            },
        ],
    },
    # --- Survey delegation -------------------------------------------------------------------
    # Illustrative
    {
        "key": "provincial-survey-delegation-2024",
        "kind": "survey_delegation",
        "title_vi": "Đoàn khảo sát của Nhóm quan hệ đối tác pháp luật tại một tỉnh miền núi phía Bắc",
        "title_en": "Legal Partnership Group survey delegation to a northern mountainous province",
        "theme_vi": "Nhu cầu và khả năng tham gia hợp tác quốc tế về pháp luật của địa phương",
        "theme_en": "A province's needs and capacity for international legal cooperation",
        "summary_vi": (
            "Đoàn khảo sát làm việc với Sở Tư pháp và một số cơ quan của một tỉnh miền núi phía "
            "Bắc để tìm hiểu nhu cầu, khả năng hợp tác và kinh nghiệm triển khai hoạt động hợp tác "
            "quốc tế về pháp luật ở địa phương."
        ),
        "summary_en": (
            "The delegation met the Department of Justice and other agencies of a northern "
            "mountainous province to learn about local needs, capacity and experience in "
            "international legal cooperation."
        ),
        "body_vi": (
            "<p>Theo đề án thành lập Nhóm, mỗi năm Nhóm có thể tổ chức tối đa bốn đoàn khảo sát "
            "tại cơ quan trung ương và địa phương. Đoàn này được kết hợp với đợt kiểm tra công tác "
            "hợp tác quốc tế do Vụ Hợp tác quốc tế chủ trì để tiết kiệm kinh phí.</p>"
            "<h3>Mục đích</h3>"
            "<ul>"
            "<li>Đánh giá thực chất nhu cầu và khả năng tham gia hợp tác quốc tế về pháp luật của "
            "các cơ quan, tổ chức ở địa phương.</li>"
            "<li>Tìm hiểu vì sao một số đơn vị còn ít chương trình, dự án hợp tác, và những gì có "
            "thể giúp họ tham gia.</li>"
            "<li>Ghi nhận đề xuất, kiến nghị với Nhóm và với các đối tác phát triển.</li>"
            "</ul>"
            "<h3>Cách thức</h3>"
            "<p>Đoàn làm việc với Sở Tư pháp và một số cơ quan liên quan của tỉnh, trao đổi với "
            "cán bộ trực tiếp thực hiện các hoạt động hợp tác và thu thập tài liệu phục vụ các hội "
            "nghị chuyên đề của Nhóm.</p>"
        ),
        "body_en": (
            "<p>Under the decision that set up the Group, it may send up to four survey delegations "
            "a year to central and local agencies. This one was combined with an inspection of "
            "international cooperation work led by the International Cooperation Department, to "
            "keep costs down.</p>"
            "<h3>Purpose</h3>"
            "<ul>"
            "<li>To gauge the real needs and capacity of local agencies and organisations to take "
            "part in international legal cooperation.</li>"
            "<li>To understand why some have few cooperation programmes or projects, and what "
            "would help them join in.</li>"
            "<li>To collect proposals and recommendations for the Group and for development "
            "partners.</li>"
            "</ul>"
            "<h3>Approach</h3>"
            "<p>The delegation met the provincial Department of Justice and other relevant "
            "agencies, talked with staff who run cooperation activities, and gathered material for "
            "the Group's thematic conferences.</p>"
        ),
        "outcomes_vi": (
            "<p>Tổ thư ký tổng hợp nhu cầu và kiến nghị của địa phương vào báo cáo của Nhóm; một số "
            "nội dung được đề xuất làm chủ đề cho hội thảo chuyên đề tiếp theo.</p>"
        ),
        "outcomes_en": (
            "<p>The secretariat compiled the province's needs and recommendations into the Group's "
            "report, and proposed some of them as topics for a forthcoming thematic seminar.</p>"
        ),
        "start": "2024-10-22T00:00",
        "end": "2024-10-24T00:00",
        "all_day": True,
        "mode": "in_person",
        "venue_name_vi": "Sở Tư pháp tỉnh",
        "venue_name_en": "Provincial Department of Justice",
        "address": "",
        "city_vi": "",
        "city_en": "",
        "country": "VN",
        "state": "scheduled",
        "delegates": None,
        "project": None,
        "agreements": [],
        "organisers": [
            {"partner": "moj-vn", "role": "organiser"},
        ],
        "people": [
            {
                "role": "head_of_delegation",
                "name": "",
                "title_vi": "Lãnh đạo Vụ Hợp tác quốc tế, Bộ Tư pháp",
                "title_en": "Senior official, International Cooperation Department, Ministry of Justice",
                "organisation": "moj-vn",
            },
        ],
        "agenda": [],
    },
    # --- Future quarterly thematic seminar ---------------------------------------------------
    # Illustrative future event
    {
        "key": "e-justice-cooperation-seminar-2027-q1",
        "kind": "seminar",
        "title_vi": "Hội thảo chuyên đề quý I/2027: Hợp tác quốc tế về tư pháp điện tử",
        "title_en": "Quarterly thematic seminar, Q1 2027: international cooperation on e-justice",
        "theme_vi": "Chuyển đổi số trong xây dựng, thi hành pháp luật và kinh nghiệm của các đối tác",
        "theme_en": "Digital transformation in law-making and enforcement, and what partners have learned",
        "summary_vi": (
            "Hội thảo chuyên đề của Nhóm trong quý I/2027 bàn về hợp tác quốc tế trong lĩnh vực "
            "tư pháp điện tử: cơ sở dữ liệu pháp luật, dịch vụ công trực tuyến và ứng dụng công "
            "nghệ trong xây dựng pháp luật."
        ),
        "summary_en": (
            "The Group's thematic seminar for Q1 2027 looks at international cooperation on "
            "e-justice: legal databases, online public services and the use of technology in "
            "law-making."
        ),
        "body_vi": (
            "<p>Nhóm quan hệ đối tác pháp luật duy trì ít nhất một hội nghị, hội thảo chuyên đề "
            "mỗi quý. Hội thảo quý I/2027 do lãnh đạo Ban điều hành chủ trì, có thể mời một đối tác "
            "quốc tế đồng chủ trì, với sự phối hợp của Cục Công nghệ thông tin.</p>"
            "<h3>Câu hỏi đặt ra</h3>"
            "<ul>"
            "<li>Các cơ quan tư pháp đã ứng dụng công nghệ thông tin đến đâu trong soạn thảo, "
            "thẩm định văn bản và cung cấp dịch vụ công?</li>"
            "<li>Những mô hình cơ sở dữ liệu pháp luật nào có thể chia sẻ giữa Việt Nam và các đối "
            "tác?</li>"
            "<li>Hợp tác quốc tế có thể hỗ trợ gì về hạ tầng, phần mềm và đào tạo cán bộ?</li>"
            "</ul>"
            "<p>Chủ đề này tiếp nối các trao đổi về tư pháp điện tử trong hợp tác song phương, như "
            "kế hoạch trao đổi đoàn với Azerbaijan và khảo sát hạ tầng công nghệ thông tin của Bộ "
            "Tư pháp Lào năm 2025.</p>"
        ),
        "body_en": (
            "<p>The Legal Partnership Group holds at least one thematic conference or seminar each "
            "quarter. The Q1 2027 seminar will be chaired by the steering board, possibly with an "
            "international partner as co-chair, and prepared with the Information Technology "
            "Department.</p>"
            "<h3>Questions for discussion</h3>"
            "<ul>"
            "<li>How far have justice agencies brought IT into drafting, reviewing legislation and "
            "delivering public services?</li>"
            "<li>Which legal database models could Viet Nam and its partners share?</li>"
            "<li>What can international cooperation offer on infrastructure, software and staff "
            "training?</li>"
            "</ul>"
            "<p>The topic follows earlier e-justice exchanges in bilateral cooperation, such as the "
            "delegation exchanges planned with Azerbaijan and the 2025 survey of the Lao Ministry "
            "of Justice's IT infrastructure.</p>"
        ),
        "outcomes_vi": "",
        "outcomes_en": "",
        "start": "2027-03-18T08:30",
        "end": "2027-03-18T11:30",
        "all_day": False,
        "mode": "hybrid",
        "venue_name_vi": "Bộ Tư pháp",
        "venue_name_en": "Ministry of Justice",
        "address": "",
        "city_vi": "Hà Nội",
        "city_en": "Hanoi",
        "country": "VN",
        "state": "scheduled",
        "delegates": None,
        "project": None,
        "agreements": [],
        "organisers": [
            {"partner": "moj-vn", "role": "organiser"},
            {"partner": "it-department", "role": "co_organiser"},
        ],
        "people": [
            {
                "role": "chair",
                "name": "",
                "title_vi": "Lãnh đạo Ban điều hành Nhóm quan hệ đối tác pháp luật",
                "title_en": "Member of the Legal Partnership Group's steering board",
                "organisation": "moj-vn",
            },
        ],
        "agenda": [
            {
                "time": "08:30",
                "title_vi": "Khai mạc",
                "title_en": "Opening",
                "speakers": "",
            },
            {
                "time": "08:45",
                "title_vi": "Chuyển đổi số trong ngành Tư pháp: hiện trạng và nhu cầu",
                "title_en": "Digital transformation in the justice sector: where things stand and what is needed",
                "speakers": "",
            },
            {
                "time": "09:45",
                "title_vi": "Kinh nghiệm của các đối tác quốc tế",
                "title_en": "Experience of international partners",
                "speakers": "",
            },
            {
                "time": "10:30",
                "title_vi": "Thảo luận về khả năng hợp tác",
                "title_en": "Discussion on cooperation opportunities",
                "speakers": "",
            },
            {
                "time": "11:15",
                "title_vi": "Kết luận",
                "title_en": "Conclusions",
                "speakers": "",
            },
        ],
    },
]
