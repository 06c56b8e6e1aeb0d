"""Demo news categories and posts for the Legal Partnership Group column (vi/en).

Times in ``publish_at`` are local (Asia/Ho_Chi_Minh). The post with key
``ifc-secured-transactions-mou-2021`` deliberately has empty English fields so the
site can show its "English version not available yet" note.
"""

from __future__ import annotations

CATEGORIES = [
    {
        "key": "group-activities",
        "name_vi": "Hoạt động của Nhóm",
        "name_en": "Group activities",
        "description_vi": (
            "Tin về diễn đàn, hội thảo, đoàn công tác, báo cáo và bản tin của Nhóm quan hệ đối tác "
            "pháp luật."
        ),
        "description_en": (
            "News of the Legal Partnership Group's forums, seminars, delegations, reports and "
            "newsletters."
        ),
    },
    {
        "key": "cooperation-results",
        "name_vi": "Kết quả hợp tác",
        "name_en": "Cooperation results",
        "description_vi": (
            "Văn kiện được ký kết, dự án được triển khai và những kết quả nổi bật của hợp tác quốc "
            "tế về pháp luật."
        ),
        "description_en": (
            "Agreements signed, projects under way and notable outcomes of international legal "
            "cooperation."
        ),
    },
    {
        "key": "international-partners",
        "name_vi": "Đối tác quốc tế",
        "name_en": "International partners",
        "description_vi": (
            "Giới thiệu các đối tác song phương và đa phương của Bộ Tư pháp và các khuôn khổ hợp "
            "tác hiện hành."
        ),
        "description_en": (
            "Profiles of the Ministry of Justice's bilateral and multilateral partners and the "
            "frameworks that guide cooperation."
        ),
    },
    {
        "key": "cooperation-needs",
        "name_vi": "Nhu cầu hợp tác",
        "name_en": "Cooperation needs",
        "description_vi": (
            "Đề xuất nhu cầu hợp tác của các cơ quan, tổ chức Việt Nam gửi tới các đối tác phát "
            "triển."
        ),
        "description_en": (
            "Cooperation needs proposals from Vietnamese agencies and organisations, addressed to "
            "development partners."
        ),
    },
]


POSTS = [
    {
        "key": "jica-jcc-7th-meeting-2020",
        "category": "cooperation-results",
        "publish_at": "2020-07-03T10:00",
        "featured": False,
        "author_unit_vi": "Vụ Hợp tác quốc tế",
        "author_unit_en": "International Cooperation Department",
        "title_vi": "Ủy ban điều phối chung Dự án JICA họp trực tuyến lần thứ 7",
        "title_en": "JICA project Joint Coordinating Committee holds its 7th meeting online",
        "summary_vi": (
            "Ngày 2/7/2020, Bộ Tư pháp và JICA họp trực tuyến phiên thứ 7 của Ủy ban điều phối "
            "chung để đánh giá kế hoạch 2019–2020, chốt kế hoạch giai đoạn gia hạn và bàn về văn "
            "kiện dự án mới."
        ),
        "summary_en": (
            "On 2 July 2020 the Ministry of Justice and JICA held the 7th Joint Coordinating "
            "Committee meeting online to review the 2019–2020 plan, settle the extension-period "
            "plan and discuss a new project document."
        ),
        "body_vi": (
            "<p>Ngày 2/7/2020, Bộ Tư pháp và Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) đã tổ chức "
            "phiên họp lần thứ 7 của Ủy ban điều phối chung (JCC) Việt Nam – Nhật Bản trong khuôn "
            "khổ dự án JICA về hài hòa hóa pháp luật hiện hành và thống nhất áp dụng pháp luật "
            "hướng tới năm 2020. Vì dịch Covid-19, cuộc họp được kết nối trực tuyến giữa hai điểm "
            "cầu Hà Nội và Nhật Bản.</p>"
            "<p>Đồng chủ trì phiên họp là ông Nguyễn Hữu Huyên, Vụ trưởng Vụ Hợp tác quốc tế, và "
            "Giáo sư Morishima Akio, Giáo sư danh dự Đại học Nagoya. Tại điểm cầu Việt Nam có đại "
            "diện Đại sứ quán Nhật Bản, Văn phòng JICA Việt Nam, Văn phòng Dự án và năm cơ quan "
            "đối tác phía Việt Nam; tại Nhật Bản có Bộ Tư pháp Nhật Bản và JICA.</p>"
            "<h3>Nội dung chính</h3>"
            "<ul>"
            "<li>Đánh giá việc thực hiện kế hoạch công tác giai đoạn 2019–2020 đã được phê "
            "duyệt.</li>"
            "<li>Thống nhất kế hoạch cho thời gian gia hạn dự án, từ ngày 1/4/2020 đến ngày "
            "31/12/2020.</li>"
            "<li>Trao đổi về văn kiện dự án mới để có thể khởi động từ tháng 1/2021, tránh gián "
            "đoạn khi dự án hiện tại kết thúc.</li>"
            "</ul>"
            "<p>Theo báo cáo tại phiên họp, các cơ quan thực hiện đã hoàn thành khoảng 80% kế "
            "hoạch được duyệt. Dù dịch bệnh gây nhiều xáo trộn, dự án đã linh hoạt chuyển nhiều "
            "hoạt động sang hình thức trực tuyến và tiếp tục hỗ trợ các cơ quan Việt Nam trong xây "
            "dựng, hoàn thiện và thi hành pháp luật, cũng như nâng cao năng lực đội ngũ cán bộ "
            "pháp luật, tư pháp.</p>"
            "<p>Bộ Tư pháp đề nghị các đơn vị và cơ quan đối tác phối hợp chặt chẽ hơn với Văn "
            "phòng Dự án, ưu tiên hình thức trực tuyến, chủ động báo cáo và chia sẻ sản phẩm để "
            "bảo đảm tính bền vững, đồng thời chuẩn bị cho việc tổng kết 5 năm thực hiện dự án. "
            "Hai bên mong sớm thống nhất những nội dung cốt lõi của văn kiện dự án mới.</p>"
        ),
        "body_en": (
            "<p>On 2 July 2020 the Ministry of Justice and the Japan International Cooperation "
            "Agency (JICA) held the 7th meeting of the Viet Nam–Japan Joint Coordinating Committee "
            "(JCC) for the JICA project on harmonising existing laws and unifying their "
            "application towards 2020. Because of Covid-19, participants joined online from Hanoi "
            "and from Japan.</p>"
            "<p>Mr Nguyễn Hữu Huyên, Director-General of the International Cooperation Department, "
            "shared the chair with Professor Morishima Akio, an emeritus professor at Nagoya "
            "University. The Vietnamese end brought together the Embassy of Japan, JICA Viet Nam, "
            "the Project Office and the five Vietnamese partner agencies; the Japanese end "
            "included the Ministry of Justice of Japan and JICA.</p>"
            "<h3>On the agenda</h3>"
            "<ul>"
            "<li>A review of the approved 2019–2020 work plan.</li>"
            "<li>The work plan for the project's extension, running from 1 April to 31 December "
            "2020.</li>"
            "<li>A new project document, so that follow-on support can begin in January 2021 "
            "without a gap.</li>"
            "</ul>"
            "<p>Implementing agencies reported that roughly 80% of the approved plan had been "
            "delivered. Despite the pandemic, the project moved many activities online and kept "
            "supporting Vietnamese agencies in drafting, improving and enforcing legislation and "
            "in building the skills of legal and judicial staff.</p>"
            "<p>The Ministry asked its units and partner agencies to work more closely with the "
            "Project Office, favour online formats, report and share outputs so that results last, "
            "and prepare for the review of five years of implementation. Both sides hoped to agree "
            "soon on the core of the new project document.</p>"
        ),
        "cover_alt_vi": "Màn hình hội nghị trực tuyến nối hai điểm cầu Hà Nội và Nhật Bản",
        "cover_alt_en": "Video-conference screen linking participants in Hanoi and Japan",
    },
    {
        "key": "legal-forum-grassroots-conciliation-2020",
        "category": "group-activities",
        "publish_at": "2020-09-11T16:00",
        "featured": True,
        "author_unit_vi": "Tổ thư ký Nhóm quan hệ đối tác pháp luật",
        "author_unit_en": "Secretariat of the Legal Partnership Group",
        "title_vi": "Diễn đàn pháp luật bàn giải pháp nâng cao hiệu quả hòa giải ở cơ sở",
        "title_en": "Legal forum looks for ways to make grassroots conciliation more effective",
        "summary_vi": (
            "Hơn 170 đại biểu trong nước và quốc tế dự Diễn đàn pháp luật về nâng cao hiệu quả hòa "
            "giải ở cơ sở tại Việt Nam do Thứ trưởng Nguyễn Thanh Tịnh chủ trì, với sự đồng hành "
            "của Phái đoàn EU và UNDP trong Dự án EU JULE."
        ),
        "summary_en": (
            "More than 170 delegates attended a legal forum on improving grassroots conciliation "
            "in Viet Nam, chaired by Deputy Minister Nguyễn Thanh Tịnh and supported by the EU "
            "Delegation and UNDP through the EU JULE project."
        ),
        "body_vi": (
            "<p>Trong khuôn khổ kế hoạch năm 2020 của Dự án Tăng cường pháp luật và tư pháp tại "
            "Việt Nam (EU JULE) do Liên minh châu Âu tài trợ, Bộ Tư pháp đã phối hợp với Phái đoàn "
            "Liên minh châu Âu tại Việt Nam và Chương trình Phát triển Liên hợp quốc (UNDP) tổ "
            "chức Diễn đàn pháp luật với chủ đề “Nâng cao hiệu quả hoạt động hòa giải ở cơ sở tại "
            "Việt Nam”.</p>"
            "<p>Thứ trưởng Bộ Tư pháp Nguyễn Thanh Tịnh chủ trì Diễn đàn. Tham dự có hơn 170 đại "
            "biểu của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Tòa án nhân dân tối cao, Viện "
            "kiểm sát nhân dân tối cao, các bộ, ngành, Hội Luật gia, Liên đoàn Luật sư, cơ sở đào "
            "tạo luật, cơ quan địa phương, cơ quan ngoại giao và tổ chức quốc tế.</p>"
            "<h3>Bức tranh hòa giải ở cơ sở</h3>"
            "<p>Thứ trưởng cho biết Luật Hòa giải ở cơ sở năm 2013, thay thế Pháp lệnh năm 1998, "
            "đã tạo khung pháp lý vững hơn cho hoạt động này. Cả nước hiện có gần 100.000 tổ hòa "
            "giải với hơn 600.000 hòa giải viên; hơn 800.000 vụ việc đã được đưa ra hòa giải, tỷ "
            "lệ thành công trên 80%.</p>"
            "<h3>Góc nhìn của đối tác</h3>"
            "<ul>"
            "<li>Đại sứ Giorgio Aliberti, Trưởng Phái đoàn EU, coi hòa giải là cách giải quyết "
            "tranh chấp ít tốn kém, cần trung lập, minh bạch và nhạy cảm giới; ông lưu ý hòa giải "
            "viên đạt chuẩn còn ít và việc hòa giải vụ bạo lực gia đình có thể làm nhẹ trách nhiệm "
            "của người vi phạm.</li>"
            "<li>Ông Kamal Malhotra, Điều phối viên thường trú Liên hợp quốc, gắn hòa giải ở cơ sở "
            "với Mục tiêu phát triển bền vững số 16 và đề nghị tăng cường tập huấn trực tuyến cho "
            "hòa giải viên trong bối cảnh dịch bệnh.</li>"
            "</ul>"
            "<p>Kết luận Diễn đàn, Thứ trưởng Nguyễn Thanh Tịnh và các đồng chủ trì ghi nhận các "
            "kiến nghị nhằm lấp khoảng trống chính sách và thi hành pháp luật về hòa giải ở cơ sở, "
            "đồng thời mong tiếp tục nhận được kinh nghiệm quốc tế để nhân rộng mô hình tốt và bồi "
            "dưỡng kỹ năng cho hòa giải viên.</p>"
        ),
        "body_en": (
            "<p>Under the 2020 work plan of the EU-funded project on strengthening law and justice "
            "in Viet Nam (EU JULE), the Ministry of Justice joined the Delegation of the European "
            "Union and the United Nations Development Programme (UNDP) in hosting a legal forum on "
            "“Improving the effectiveness of grassroots conciliation in Viet Nam”.</p>"
            "<p>Deputy Minister of Justice Nguyễn Thanh Tịnh chaired the forum. More than 170 "
            "delegates took part, from the Central Committee of the Viet Nam Fatherland Front, the "
            "Supreme People's Court, the Supreme People's Procuracy, ministries, units of the "
            "Ministry, the Viet Nam Lawyers' Association, the Viet Nam Bar Federation, research "
            "and law-training institutions and local agencies, alongside diplomatic missions, "
            "international organisations and donors.</p>"
            "<h3>Conciliation in numbers</h3>"
            "<p>The Deputy Minister noted that the 2013 Law on Grassroots Conciliation, which "
            "replaced the 1998 Ordinance, gave this work a firmer legal basis. The country now has "
            "nearly 100,000 conciliation teams and over 600,000 conciliators; more than 800,000 "
            "cases have gone through conciliation, with a success rate above 80%.</p>"
            "<h3>Partners' perspectives</h3>"
            "<ul>"
            "<li>Ambassador Giorgio Aliberti, Head of the EU Delegation, described conciliation as "
            "a low-cost way of settling disputes that must be neutral, transparent and "
            "gender-sensitive. He pointed out that few conciliators yet meet the required "
            "standards and that conciliating domestic-violence cases can soften the consequences "
            "for offenders.</li>"
            "<li>Mr Kamal Malhotra, UN Resident Coordinator, linked grassroots conciliation to "
            "Sustainable Development Goal 16 and called for more online training of conciliators "
            "during the pandemic.</li>"
            "</ul>"
            "<p>Closing the forum, Deputy Minister Nguyễn Thanh Tịnh and the co-chairs took note "
            "of the recommendations for closing gaps in policy and enforcement, and welcomed "
            "further international experience to scale up good models and train conciliators in "
            "depth.</p>"
        ),
        "cover_alt_vi": (
            "Toàn cảnh hội trường Diễn đàn pháp luật với đại biểu trong nước và quốc tế"
        ),
        "cover_alt_en": (
            "Wide view of the legal forum hall with Vietnamese and international delegates"
        ),
    },
    {
        "key": "foreign-judgments-database-launch-2020",
        "category": "cooperation-results",
        "publish_at": "2020-09-25T17:00",
        "featured": False,
        "author_unit_vi": "Vụ Hợp tác quốc tế",
        "author_unit_en": "International Cooperation Department",
        "title_vi": "Ra mắt cơ sở dữ liệu về công nhận và thi hành bản án, phán quyết nước ngoài",
        "title_en": "Database on recognising and enforcing foreign judgments and awards launched",
        "summary_vi": (
            "Ngày 25/9/2020, Bộ Tư pháp cùng UNDP và Đại sứ quán Anh tổ chức hội thảo công bố cơ "
            "sở dữ liệu về việc công nhận và cho thi hành tại Việt Nam bản án, quyết định của tòa "
            "án nước ngoài và phán quyết của trọng tài nước ngoài."
        ),
        "summary_en": (
            "On 25 September 2020 the Ministry of Justice, UNDP and the British Embassy held a "
            "workshop to launch a database on the recognition and enforcement in Viet Nam of "
            "foreign court judgments and foreign arbitral awards."
        ),
        "body_vi": (
            "<p>Ngày 25/9/2020, Bộ Tư pháp phối hợp với UNDP Việt Nam và Đại sứ quán Anh tổ chức "
            "hội thảo ra mắt cơ sở dữ liệu về công nhận và cho thi hành tại Việt Nam bản án, quyết "
            "định dân sự của tòa án nước ngoài và phán quyết của trọng tài nước ngoài.</p>"
            "<h3>Cơ sở dữ liệu gồm những gì</h3>"
            "<ul>"
            "<li>Sản phẩm là kết quả hợp tác năm 2020 giữa Vụ Pháp luật quốc tế (Bộ Tư pháp) và "
            "UNDP.</li>"
            "<li>Dữ liệu thống kê và phân loại theo tiêu chí các bản án, quyết định và phán quyết "
            "nước ngoài mà tòa án Việt Nam đã xem xét trong giai đoạn từ năm 2012 đến ngày "
            "30/9/2016.</li>"
            "<li>Cơ sở dữ liệu được đăng trên trang thông tin về pháp luật quốc tế thuộc Cổng "
            "thông tin điện tử Bộ Tư pháp.</li>"
            "</ul>"
            "<p>Sau khi công bố, dữ liệu sẽ tiếp tục được bổ sung; công cụ hiển thị và tra cứu "
            "cũng sẽ được xây dựng để người dùng khai thác thuận tiện hơn. Đây được kỳ vọng là "
            "nguồn tham khảo tin cậy cho việc đánh giá thực tiễn và đề xuất hoàn thiện pháp luật, "
            "qua đó giúp giải quyết tranh chấp thương mại, đầu tư có yếu tố nước ngoài hiệu quả "
            "hơn.</p>"
            "<p>Phát biểu tại hội thảo, ông Nils Christensen, đại diện UNDP Việt Nam, nhấn mạnh "
            "việc công nhận và thi hành tốt bản án, phán quyết nước ngoài có ý nghĩa quan trọng "
            "đối với một môi trường kinh doanh bình đẳng, minh bạch, góp phần thu hút đầu tư nước "
            "ngoài và giúp Việt Nam hội nhập sâu hơn vào kinh tế toàn cầu.</p>"
            "<p>Cùng với hội thảo ngày 22/7/2020 về nâng cao hiệu quả giải quyết tranh chấp đầu tư "
            "quốc tế, sự kiện này cho thấy sự quan tâm chung của Bộ Tư pháp và các đối tác đến "
            "việc bảo đảm an toàn pháp lý cho hoạt động đầu tư, kinh doanh tại Việt Nam.</p>"
        ),
        "body_en": (
            "<p>On 25 September 2020 the Ministry of Justice, together with UNDP Viet Nam and the "
            "British Embassy, held a workshop to launch a database on the recognition and "
            "enforcement in Viet Nam of foreign court judgments and decisions and of foreign "
            "arbitral awards.</p>"
            "<h3>What the database contains</h3>"
            "<ul>"
            "<li>It was produced in 2020 through cooperation between the Ministry's Department of "
            "International Law and UNDP.</li>"
            "<li>It records and classifies, by a set of criteria, the foreign judgments, decisions "
            "and arbitral awards examined by Vietnamese courts from 2012 to 30 September 2016.</li>"
            "<li>It is published on the international law pages of the Ministry of Justice's web "
            "portal.</li>"
            "</ul>"
            "<p>The data will keep being updated after the launch, and display and search tools "
            "are being developed so that users can work with it more easily. The database is meant "
            "to become a reliable basis for assessing practice and recommending improvements, "
            "helping foreign-related commercial and investment disputes to be resolved more "
            "effectively.</p>"
            "<p>Mr Nils Christensen of UNDP Viet Nam told participants that sound recognition and "
            "enforcement of foreign judgments and awards is essential for a level, transparent "
            "business environment, for attracting foreign investment and for Viet Nam's deeper "
            "integration into the global economy.</p>"
            "<p>Together with the 22 July 2020 seminar on resolving international investment "
            "disputes more effectively, the launch reflects a shared interest of the Ministry and "
            "its partners in legal certainty for investors and businesses in Viet Nam.</p>"
        ),
        "cover_alt_vi": "Giao diện tra cứu cơ sở dữ liệu trên màn hình máy tính tại hội thảo",
        "cover_alt_en": "The database search page shown on a computer screen at the workshop",
    },
    {
        "key": "azerbaijan-programme-2020",
        "category": "cooperation-results",
        "publish_at": "2020-10-28T09:30",
        "featured": True,
        "author_unit_vi": "Vụ Hợp tác quốc tế",
        "author_unit_en": "International Cooperation Department",
        "title_vi": (
            "Việt Nam và A-déc-bai-gian ký Chương trình hợp tác pháp luật và tư pháp giai đoạn "
            "2020–2022"
        ),
        "title_en": (
            "Viet Nam and Azerbaijan sign a law and justice cooperation programme for 2020–2022"
        ),
        "summary_vi": (
            "Ngày 27/10/2020, Bộ trưởng Lê Thành Long ký văn kiện hợp tác 2020–2022 với Bộ Tư pháp "
            "A-déc-bai-gian, khép lại quy trình ký luân phiên mà Bộ trưởng Fikrat Mammadov đã khởi "
            "đầu ngày 23/9/2020."
        ),
        "summary_en": (
            "Minister Lê Thành Long signed the 2020–2022 cooperation programme with Azerbaijan's "
            "Ministry of Justice on 27 October 2020, completing an alternating signature begun by "
            "Minister Fikrat Mammadov on 23 September 2020."
        ),
        "body_vi": (
            "<p>Chương trình hợp tác giai đoạn 2020–2022 giữa Bộ Tư pháp Việt Nam và Bộ Tư pháp "
            "A-déc-bai-gian là bước cụ thể hóa Bản ghi nhớ hợp tác trong lĩnh vực pháp luật và tư "
            "pháp mà hai Bộ đã ký ngày 8/3/2016. Nội dung chương trình được hai bên đàm phán và "
            "thống nhất trong thời gian qua.</p>"
            "<h3>Ký luân phiên qua đường ngoại giao</h3>"
            "<p>Do dịch Covid-19 vẫn diễn biến phức tạp, để không làm chậm việc triển khai, hai Bộ "
            "đã chọn hình thức ký luân phiên thông qua kênh ngoại giao. Bộ trưởng Bộ Tư pháp "
            "A-déc-bai-gian Fikrat Mammadov ký văn kiện trước, vào ngày 23/9/2020. Chiều "
            "27/10/2020, tại trụ sở Bộ Tư pháp ở Hà Nội, Bộ trưởng Lê Thành Long ký văn kiện, hoàn "
            "tất thủ tục ký kết.</p>"
            "<h3>Các hoạt động dự kiến</h3>"
            "<ol>"
            "<li>Trao đổi đoàn cán bộ để tìm hiểu hệ thống pháp luật, tư pháp của mỗi nước và kinh "
            "nghiệm ứng dụng tư pháp điện tử.</li>"
            "<li>Tham vấn về chuẩn mực quốc tế và kinh nghiệm nước ngoài trong hoàn thiện pháp "
            "luật và cải cách tư pháp.</li>"
            "<li>Tổ chức hội thảo trực tuyến giữa Học viện Tư pháp hai nước về đào tạo, bồi dưỡng "
            "các chức danh tư pháp.</li>"
            "<li>Trao đổi ấn phẩm, tài liệu và thông tin pháp lý.</li>"
            "</ol>"
            "<p>Việc ký kết cho thấy quyết tâm của hai Bộ trong việc đưa hợp tác pháp luật, tư "
            "pháp đi vào chiều sâu, góp phần vun đắp quan hệ hữu nghị truyền thống Việt Nam – "
            "A-déc-bai-gian. Vụ Hợp tác quốc tế của hai Bộ, với vai trò cơ quan đầu mối, sẽ cùng "
            "các cơ quan liên quan triển khai các hoạt động đúng tiến độ và bảo đảm chất lượng như "
            "hai Bộ trưởng đã thống nhất.</p>"
        ),
        "body_en": (
            "<p>The 2020–2022 cooperation programme between the Ministries of Justice of Viet Nam "
            "and Azerbaijan puts into practice the Memorandum of Understanding on cooperation in "
            "law and justice that the two ministries signed on 8 March 2016. Its content was "
            "negotiated and agreed by both sides over recent months.</p>"
            "<h3>Alternating signature through diplomatic channels</h3>"
            "<p>With Covid-19 still making travel difficult, the two ministries chose to sign in "
            "turn through diplomatic channels so that implementation would not be delayed. "
            "Azerbaijan's Minister of Justice, Fikrat Mammadov, signed first, on 23 September "
            "2020. On the afternoon of 27 October 2020, at the Ministry of Justice headquarters in "
            "Hanoi, Minister Lê Thành Long added his signature, completing the process.</p>"
            "<h3>Planned activities</h3>"
            "<ol>"
            "<li>Staff exchanges to learn about each country's legal and judicial system and its "
            "experience with e-justice.</li>"
            "<li>Consultations on international standards and foreign experience in improving "
            "legislation and reforming the judiciary.</li>"
            "<li>Online seminars between the two countries' Judicial Academies on training "
            "judicial professionals.</li>"
            "<li>Exchanges of publications, documents and legal information.</li>"
            "</ol>"
            "<p>The signing shows both ministries' resolve to deepen cooperation in law and "
            "justice and to strengthen the traditional friendship between Viet Nam and Azerbaijan. "
            "The International Cooperation Departments of the two ministries, acting as focal "
            "points, will work with the competent agencies on each side to deliver the activities "
            "on time and to a high standard, as agreed by the two Ministers.</p>"
        ),
        "cover_alt_vi": "Bộ trưởng Lê Thành Long ký Chương trình hợp tác tại trụ sở Bộ Tư pháp",
        "cover_alt_en": (
            "Minister Lê Thành Long signing the cooperation programme at the Ministry of Justice"
        ),
    },
    {
        "key": "quarterly-report-q3-2020",
        "category": "group-activities",
        "publish_at": "2020-10-12T10:00",
        "featured": False,
        "author_unit_vi": "Tổ thư ký Nhóm quan hệ đối tác pháp luật",
        "author_unit_en": "Secretariat of the Legal Partnership Group",
        "title_vi": "Bản tin quý III/2020: kết quả hoạt động và kế hoạch quý IV của Nhóm",
        "title_en": "Newsletter Q III/2020: what the Group did and what comes next in Q IV",
        "summary_vi": (
            "Tóm tắt báo cáo quý III/2020 của Nhóm quan hệ đối tác pháp luật gửi Thứ trưởng Nguyễn "
            "Khánh Ngọc: Diễn đàn pháp luật về hòa giải ở cơ sở, việc duy trì chuyên mục, những "
            "khó khăn do Covid-19 và các việc dự kiến trong quý IV."
        ),
        "summary_en": (
            "A digest of the Group's Q III/2020 report to Deputy Minister Nguyễn Khánh Ngọc: the "
            "legal forum on grassroots conciliation, upkeep of the web column, Covid-19 "
            "constraints and the plan for Q IV."
        ),
        "body_vi": (
            "<p>Tổ thư ký đã hoàn thành báo cáo quý III/2020 về hoạt động của Nhóm quan hệ đối tác "
            "pháp luật và việc duy trì chuyên mục của Nhóm, trình Thứ trưởng Nguyễn Khánh Ngọc. "
            "Bản tin này tóm lược những điểm chính.</p>"
            "<h3>Việc đã làm trong quý III</h3>"
            "<ul>"
            "<li>Tổ chức Diễn đàn pháp luật “Nâng cao hiệu quả hoạt động hòa giải ở cơ sở tại Việt "
            "Nam” với Phái đoàn EU và UNDP trong khuôn khổ Dự án EU JULE.</li>"
            "<li>Tiếp tục tổng hợp, chọn lọc đề xuất nhu cầu hợp tác của các đơn vị thuộc Bộ và "
            "các bộ, ngành để chia sẻ với đối tác và làm căn cứ chọn chủ đề diễn đàn.</li>"
            "<li>Cập nhật chuyên mục với các tin về hợp tác Việt Nam – Nhật Bản, hội thảo trực "
            "tuyến với phía Đức về thu hồi tài sản trong vụ án tham nhũng, đóng góp của IDLO trong "
            "ứng phó Covid-19 và các sự kiện khác.</li>"
            "<li>Nghiên cứu các lĩnh vực pháp luật, tư pháp mà đối tác có thế mạnh và quan tâm; "
            "xây dựng tài liệu giới thiệu thành tựu 75 năm của Bộ, ngành Tư pháp.</li>"
            "</ul>"
            "<h3>Khó khăn</h3>"
            "<p>Dịch Covid-19 buộc nhiều hội nghị, hội thảo, đoàn khảo sát và buổi làm việc với "
            "chuyên gia quốc tế phải lùi lịch hoặc đổi hình thức; vì vậy tỷ lệ giải ngân trong "
            "chín tháng đầu năm còn thấp so với dự toán.</p>"
            "<h3>Dự kiến quý IV/2020</h3>"
            "<ol>"
            "<li>Tọa đàm về nâng cao nhận thức pháp luật để phòng, chống bạo lực trẻ em, phối hợp "
            "với Phái đoàn EU và UNICEF trong Dự án EU JULE.</li>"
            "<li>Hội thảo chia sẻ thông tin về nhu cầu hợp tác, kết quả hợp tác nổi bật năm 2020 "
            "và quy định mới về quản lý hợp tác quốc tế về pháp luật.</li>"
            "<li>Hoàn thiện các chủ đề nghiên cứu đang triển khai.</li>"
            "<li>Báo cáo quý, báo cáo năm và báo cáo kết quả các diễn đàn.</li>"
            "<li>Phát hành bản tin mỗi quý một số và tiếp tục cập nhật chuyên mục.</li>"
            "</ol>"
        ),
        "body_en": (
            "<p>The Secretariat has completed the Q III/2020 report on the Legal Partnership "
            "Group's activities and the upkeep of its web column, and submitted it to Deputy "
            "Minister Nguyễn Khánh Ngọc. This newsletter sums up the main points.</p>"
            "<h3>Done in Q III</h3>"
            "<ul>"
            "<li>A legal forum on “Improving the effectiveness of grassroots conciliation in Viet "
            "Nam”, held with the EU Delegation and UNDP under the EU JULE project.</li>"
            "<li>Further compilation and selection of cooperation needs proposals from units of "
            "the Ministry and other ministries, shared with partners and used to choose forum "
            "topics.</li>"
            "<li>New column items on Viet Nam–Japan cooperation, an online seminar with German "
            "partners on asset recovery in corruption cases, IDLO's contribution to the Covid-19 "
            "response and other events.</li>"
            "<li>Research into legal and judicial fields where partners are strong and interested, "
            "and material presenting 75 years of achievements of the Ministry and the justice "
            "sector.</li>"
            "</ul>"
            "<h3>Difficulties</h3>"
            "<p>Covid-19 forced many conferences, seminars, survey delegations and meetings with "
            "international experts to be postponed or held differently, so spending in the first "
            "nine months stayed well below the year's budget.</p>"
            "<h3>Planned for Q IV/2020</h3>"
            "<ol>"
            "<li>A discussion session on raising legal awareness to prevent violence against "
            "children, with the EU Delegation and UNICEF under the EU JULE project.</li>"
            "<li>A seminar on cooperation needs, the year's main cooperation results and new rules "
            "on managing international legal cooperation.</li>"
            "<li>Completion of the research topics under way.</li>"
            "<li>Quarterly and annual reports, and reports on the results of the forums.</li>"
            "<li>One newsletter issue per quarter and continued updates to the column.</li>"
            "</ol>"
        ),
        "cover_alt_vi": (
            "Trang bìa bản tin quý của Nhóm quan hệ đối tác pháp luật đặt trên bàn làm việc"
        ),
        "cover_alt_en": (
            "Cover of the Legal Partnership Group's quarterly newsletter lying on a desk"
        ),
    },
    {
        "key": "ifc-secured-transactions-mou-2021",
        "category": "cooperation-results",
        "publish_at": "2021-12-20T10:00",
        "featured": False,
        "author_unit_vi": "Vụ Hợp tác quốc tế",
        "author_unit_en": "",
        "title_vi": "Bộ Tư pháp ký Biên bản ghi nhớ hợp tác với IFC về giao dịch bảo đảm",
        "title_en": "",
        "summary_vi": (
            "Năm 2021, Bộ Tư pháp và Tổ chức Tài chính Quốc tế (IFC) ký Biên bản ghi nhớ hợp tác "
            "trong lĩnh vực bảo đảm thực hiện nghĩa vụ và đăng ký biện pháp bảo đảm."
        ),
        "summary_en": "",
        "body_vi": (
            "<p>Trong năm 2021, Bộ Tư pháp và Tổ chức Tài chính Quốc tế (IFC), thành viên của Nhóm "
            "Ngân hàng Thế giới, đã ký Biên bản ghi nhớ hợp tác trong lĩnh vực bảo đảm thực hiện "
            "nghĩa vụ và đăng ký biện pháp bảo đảm.</p>"
            "<h3>Vì sao lĩnh vực này được quan tâm</h3>"
            "<p>Một khung pháp lý rõ ràng về giao dịch bảo đảm, cùng hệ thống đăng ký biện pháp "
            "bảo đảm minh bạch và dễ tiếp cận, giúp doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, "
            "dùng tài sản của mình để tiếp cận vốn tín dụng thuận lợi hơn, đồng thời giúp bên cho "
            "vay yên tâm hơn về khả năng thu hồi nợ.</p>"
            "<h3>Định hướng hợp tác</h3>"
            "<ul>"
            "<li>Chia sẻ kinh nghiệm quốc tế phục vụ việc hoàn thiện pháp luật về bảo đảm thực "
            "hiện nghĩa vụ.</li>"
            "<li>Hỗ trợ nâng cao chất lượng, hiệu quả của hoạt động đăng ký biện pháp bảo đảm.</li>"
            "<li>Tập huấn, nâng cao năng lực cho cán bộ làm công tác đăng ký và các bên liên "
            "quan.</li>"
            "</ul>"
            "<p>Vụ Hợp tác quốc tế sẽ phối hợp với các đơn vị chuyên môn thuộc Bộ và phía IFC để "
            "cụ thể hóa Biên bản ghi nhớ thành các hoạt động thiết thực. Kết quả triển khai sẽ "
            "tiếp tục được cập nhật trên chuyên mục.</p>"
        ),
        "body_en": "",
        "cover_alt_vi": "Văn kiện hợp tác giữa Bộ Tư pháp và IFC đặt trên bàn ký",
        "cover_alt_en": "",
    },
    {
        "key": "cooperation-needs-proposals-2022",
        "category": "cooperation-needs",
        "publish_at": "2022-03-15T09:00",
        "featured": False,
        "author_unit_vi": "Tổ thư ký Nhóm quan hệ đối tác pháp luật",
        "author_unit_en": "Secretariat of the Legal Partnership Group",
        "title_vi": "Mời đối tác tham khảo các đề xuất nhu cầu hợp tác của cơ quan Việt Nam",
        "title_en": "Partners invited to review Vietnamese agencies' cooperation needs proposals",
        "summary_vi": (
            "Tổ thư ký đã tổng hợp các đề xuất nhu cầu hợp tác của các đơn vị thuộc Bộ Tư pháp và "
            "một số bộ, ngành, trong đó có tư pháp điện tử và trợ giúp pháp lý, và mời các đối tác "
            "phát triển quan tâm cùng trao đổi."
        ),
        "summary_en": (
            "The Secretariat has compiled cooperation needs proposals from units of the Ministry "
            "of Justice and other ministries, including e-justice and legal aid, and invites "
            "interested development partners to discuss them."
        ),
        "body_vi": (
            "<p>Một trong những nhiệm vụ của Nhóm quan hệ đối tác pháp luật là làm cầu nối giữa "
            "nhu cầu của phía Việt Nam và khả năng hỗ trợ của các đối tác phát triển. Tổ thư ký đã "
            "tổng hợp và chọn lọc các đề xuất nhu cầu hợp tác do các đơn vị thuộc Bộ Tư pháp và "
            "một số bộ, ngành gửi về, và nay giới thiệu để các đối tác tham khảo.</p>"
            "<h3>Một số lĩnh vực được đề xuất</h3>"
            "<ul>"
            "<li><strong>Tư pháp điện tử và chuyển đổi số:</strong> ứng dụng công nghệ thông tin "
            "trong xây dựng pháp luật, cung cấp dịch vụ công trực tuyến và xây dựng cơ sở dữ liệu "
            "pháp luật.</li>"
            "<li><strong>Trợ giúp pháp lý:</strong> mở rộng khả năng tiếp cận của người nghèo, phụ "
            "nữ, trẻ em và các nhóm yếu thế, nâng cao chất lượng vụ việc.</li>"
            "<li><strong>Hòa giải ở cơ sở:</strong> tài liệu tập huấn có lồng ghép giới và bồi "
            "dưỡng kỹ năng cho hòa giải viên.</li>"
            "<li><strong>Pháp luật về đầu tư, kinh doanh:</strong> phòng ngừa tranh chấp đầu tư "
            "quốc tế, công nhận và thi hành bản án, phán quyết nước ngoài.</li>"
            "</ul>"
            "<h3>Nội dung mỗi đề xuất</h3>"
            "<p>Mỗi đề xuất nêu mục tiêu, các hoạt động dự kiến, kết quả mong đợi, đối tượng hưởng "
            "lợi và cơ quan đầu mối. Các đề xuất cũng là một căn cứ để lựa chọn chủ đề cho các hội "
            "thảo chuyên đề và Diễn đàn đối tác pháp luật.</p>"
            "<h3>Cách thức trao đổi</h3>"
            "<p>Đối tác quan tâm có thể xem các đề xuất trong mục Nhu cầu hợp tác của chuyên mục "
            "và liên hệ Tổ thư ký tại Vụ Hợp tác quốc tế, Bộ Tư pháp. Tổ thư ký sẽ kết nối đối tác "
            "với cơ quan đề xuất để làm rõ nhu cầu và bàn hình thức hỗ trợ phù hợp, theo đúng quy "
            "định về quản lý hợp tác quốc tế về pháp luật.</p>"
        ),
        "body_en": (
            "<p>One of the Legal Partnership Group's jobs is to match what Vietnamese institutions "
            "need with what development partners can offer. The Secretariat has compiled and "
            "screened the cooperation needs proposals submitted by units of the Ministry of "
            "Justice and several other ministries, and is now presenting them to partners.</p>"
            "<h3>Some of the areas proposed</h3>"
            "<ul>"
            "<li><strong>E-justice and digital transformation:</strong> using information "
            "technology in law-making, online public services and legal databases.</li>"
            "<li><strong>Legal aid:</strong> wider access for the poor, women, children and other "
            "vulnerable groups, and better quality of assistance.</li>"
            "<li><strong>Grassroots conciliation:</strong> gender-sensitive training materials and "
            "skills development for conciliators.</li>"
            "<li><strong>Investment and business law:</strong> preventing international investment "
            "disputes and recognising and enforcing foreign judgments and arbitral awards.</li>"
            "</ul>"
            "<h3>What each proposal contains</h3>"
            "<p>Every proposal sets out its objectives, planned activities, expected results, "
            "beneficiaries and lead agency. The proposals also help the Group choose topics for "
            "its thematic seminars and for the Legal Partnership Forum.</p>"
            "<h3>How to get involved</h3>"
            "<p>Interested partners can read the proposals in the Cooperation needs section of "
            "this column and contact the Secretariat at the International Cooperation Department "
            "of the Ministry of Justice. The Secretariat will put partners in touch with the "
            "proposing agency to clarify the need and agree on a suitable form of support, in line "
            "with the rules on managing international legal cooperation.</p>"
        ),
        "cover_alt_vi": "Cán bộ tư pháp làm việc với hồ sơ số hóa trên máy tính",
        "cover_alt_en": "Justice officials working on digitised case files at a computer",
    },
    {
        "key": "oecd-mou-programme-2022-2026",
        "category": "international-partners",
        "publish_at": "2023-06-20T10:00",
        "featured": False,
        "author_unit_vi": "Vụ Hợp tác quốc tế",
        "author_unit_en": "International Cooperation Department",
        "title_vi": "OECD và Chương trình hợp tác Việt Nam – OECD giai đoạn 2022–2026",
        "title_en": "The OECD and the Viet Nam–OECD cooperation programme for 2022–2026",
        "summary_vi": (
            "Giới thiệu Tổ chức Hợp tác và Phát triển Kinh tế (OECD) với tư cách đối tác của Bộ Tư "
            "pháp và việc Bộ tham gia đề xuất nội dung cho Chương trình hành động thực hiện Bản "
            "ghi nhớ Việt Nam – OECD giai đoạn 2022–2026."
        ),
        "summary_en": (
            "An introduction to the Organisation for Economic Co-operation and Development (OECD) "
            "as a partner of the Ministry of Justice, and to the Ministry's input to the action "
            "programme under the Viet Nam–OECD MOU for 2022–2026."
        ),
        "body_vi": (
            "<p>Tổ chức Hợp tác và Phát triển Kinh tế (OECD) là tổ chức liên chính phủ chuyên phân "
            "tích chính sách, xây dựng chuẩn mực và chia sẻ thực tiễn tốt giữa các quốc gia. Cùng "
            "với Ngân hàng Thế giới và IFC, OECD thuộc nhóm định chế kinh tế, tài chính quốc tế mà "
            "Bộ Tư pháp đang chủ động tăng cường quan hệ.</p>"
            "<h3>Khuôn khổ hợp tác</h3>"
            "<p>Quan hệ giữa Việt Nam và OECD hiện được định hướng bởi Bản ghi nhớ về Chương trình "
            "hợp tác giai đoạn 2022–2026. Để đưa Bản ghi nhớ vào thực tế, các bộ, ngành xây dựng "
            "Chương trình hành động, trong đó xác định những nội dung hợp tác cụ thể của từng cơ "
            "quan.</p>"
            "<h3>Vai trò của Bộ Tư pháp</h3>"
            "<p>Bộ Tư pháp đã làm việc chặt chẽ với Bộ Ngoại giao, đưa vào Chương trình hành động "
            "những nội dung mà Bộ mong muốn hợp tác. Những lĩnh vực Bộ quan tâm gắn với chức năng "
            "quản lý nhà nước về xây dựng và thi hành pháp luật, chẳng hạn:</p>"
            "<ul>"
            "<li>nâng cao chất lượng văn bản quy phạm pháp luật và đánh giá tác động chính "
            "sách;</li>"
            "<li>tham khảo chuẩn mực, khuyến nghị của OECD khi hoàn thiện thể chế kinh tế;</li>"
            "<li>trao đổi kinh nghiệm về cải thiện môi trường đầu tư, kinh doanh.</li>"
            "</ul>"
            "<h3>Gắn với các hợp tác khác</h3>"
            "<p>Hợp tác với OECD bổ trợ cho các khuôn khổ sẵn có như Biên bản ghi nhớ với IFC về "
            "bảo đảm thực hiện nghĩa vụ và đăng ký biện pháp bảo đảm (ký năm 2021) và dự án ODA về "
            "trợ giúp pháp lý cho người nghèo, nhóm yếu thế do Ngân hàng Thế giới tài trợ. Vụ Hợp "
            "tác quốc tế là đầu mối theo dõi và sẽ cập nhật tiến triển trên chuyên mục này.</p>"
        ),
        "body_en": (
            "<p>The Organisation for Economic Co-operation and Development (OECD) is an "
            "intergovernmental body that analyses policy, develops standards and helps countries "
            "share good practice. Along with the World Bank and the IFC, it belongs to the group "
            "of international economic and financial institutions with which the Ministry of "
            "Justice is actively building ties.</p>"
            "<h3>The framework</h3>"
            "<p>Viet Nam's relationship with the OECD is currently guided by a Memorandum of "
            "Understanding on a cooperation programme for 2022–2026. To put the MOU into practice, "
            "ministries are drawing up an action programme that spells out each agency's specific "
            "areas of cooperation.</p>"
            "<h3>The Ministry of Justice's part</h3>"
            "<p>The Ministry has been working closely with the Ministry of Foreign Affairs to "
            "propose its own items for the action programme. Its interests follow from its role in "
            "law-making and law enforcement, for example:</p>"
            "<ul>"
            "<li>better quality legislation and policy impact assessment;</li>"
            "<li>drawing on OECD standards and recommendations when refining economic "
            "institutions;</li>"
            "<li>sharing experience on improving the investment and business climate.</li>"
            "</ul>"
            "<h3>Links with other cooperation</h3>"
            "<p>Work with the OECD complements existing frameworks such as the 2021 MOU with the "
            "IFC on secured transactions and the registration of security interests, and the World "
            "Bank-funded ODA project on legal aid for the poor and vulnerable groups. The "
            "International Cooperation Department is the focal point and will report progress in "
            "this column.</p>"
        ),
        "cover_alt_vi": "Biểu trưng OECD bên cạnh quốc kỳ Việt Nam trong một phòng họp",
        "cover_alt_en": "The OECD logo next to the Vietnamese flag in a meeting room",
    },
    {
        "key": "year-review-2023",
        "category": "cooperation-results",
        "publish_at": "2024-01-10T09:00",
        "featured": False,
        "author_unit_vi": "Vụ Hợp tác quốc tế",
        "author_unit_en": "International Cooperation Department",
        "title_vi": "Nhìn lại năm 2023: hợp tác pháp luật song phương và đa phương nhiều dấu ấn",
        "title_en": "2023 in review: a busy year for bilateral and multilateral legal cooperation",
        "summary_vi": (
            "Năm 2023, Bộ Tư pháp ký xong 7 văn kiện hợp tác, nổi bật là Hiệp định tương trợ tư "
            "pháp về dân sự với Lào, đồng thời tham gia tích cực các diễn đàn ASEAN, hợp tác với "
            "EU và các định chế như IFC, OECD, Ngân hàng Thế giới."
        ),
        "summary_en": (
            "In 2023 the Ministry of Justice completed seven cooperation documents, led by a "
            "civil-matters mutual legal assistance treaty with Laos, and was active in ASEAN "
            "forums and in work with the EU, IFC, OECD and World Bank."
        ),
        "body_vi": (
            "<p>Năm 2023, có 7 văn kiện hợp tác được Bộ Tư pháp ký xong; Bộ cũng tham gia nhiều "
            "đoàn công tác cấp cao và tiếp tục đàm phán, triển khai các thỏa thuận với đối tác.</p>"
            "<h3>Song phương</h3>"
            "<ul>"
            "<li><strong>Lào:</strong> trong chuyến thăm chính thức của Thủ tướng Phạm Minh Chính, "
            "Bộ trưởng Lê Thành Long và Bộ trưởng Phayvy Siboulypha ký Hiệp định tương trợ tư pháp "
            "về dân sự, thay thế phần dân sự của Hiệp định năm 1998. Hai Bộ còn ký Chương trình "
            "hợp tác năm 2023; Sở Tư pháp Sơn La và Sở Tư pháp Xaynhabuli ký thỏa thuận hợp "
            "tác.</li>"
            "<li><strong>Cuba, Argentina, Uruguay:</strong> Thứ trưởng Nguyễn Khánh Ngọc trao đổi "
            "Chương trình hợp tác 2024–2025 với Cuba và Bản ghi nhớ với Bộ Tư pháp và Nhân quyền "
            "Argentina, thay thế văn kiện năm 1998; làm việc với Chánh án Tòa án tối cao "
            "Uruguay.</li>"
            "<li><strong>Ả Rập Xê Út:</strong> Thứ trưởng Trần Tiến Dũng ký Bản ghi nhớ hợp tác "
            "giữa hai Bộ Tư pháp.</li>"
            "<li><strong>Nga:</strong> ban hành Kế hoạch năm 2023 của Tổ công tác hỗn hợp; tọa đàm "
            "về chuyển đổi số trong công chứng.</li>"
            "<li><strong>Đối tác khác:</strong> chương trình 2024–2025 với Angiêri và Trung Quốc; "
            "kế hoạch 2024–2025 với Hội đồng Thừa phát lại và Đấu giá viên quốc gia Pháp; chương "
            "trình đào tạo cán bộ với Hungary; đàm phán Bản ghi nhớ với Ấn Độ; Ý định thư với Bộ "
            "Tổng chưởng lý Australia.</li>"
            "</ul>"
            "<h3>Đa phương</h3>"
            "<ul>"
            "<li>Tham dự Hội nghị đặc biệt Bộ trưởng Tư pháp ASEAN – Nhật Bản, hội nghị cấp Bộ "
            "trưởng Tư pháp đầu tiên giữa hai bên, và Hội nghị Bộ trưởng Tư pháp ASEAN – G7.</li>"
            "<li>Cùng Phái đoàn EU thảo luận tại phiên họp thứ ba Tiểu ban 4 về quản trị tốt, pháp "
            "quyền và quyền con người theo Hiệp định PCA.</li>"
            "<li>Triển khai Biên bản ghi nhớ với IFC (2021), góp ý Chương trình hành động thực "
            "hiện Bản ghi nhớ Việt Nam – OECD 2022–2026 và khởi động dự án ODA về trợ giúp pháp lý "
            "do Ngân hàng Thế giới tài trợ.</li>"
            "</ul>"
        ),
        "body_en": (
            "<p>In 2023 the Ministry of Justice completed seven cooperation documents, joined "
            "several high-level delegations and pressed ahead with negotiating and implementing "
            "agreements with its partners.</p>"
            "<h3>Bilateral</h3>"
            "<ul>"
            "<li><strong>Laos:</strong> during Prime Minister Phạm Minh Chính's official visit, "
            "Minister Lê Thành Long and Minister Phayvy Siboulypha signed a treaty on mutual legal "
            "assistance in civil matters, replacing the civil part of the 1998 treaty. The "
            "ministries also signed a 2023 cooperation programme, and the Sơn La and Xaynhabuli "
            "justice departments concluded a provincial agreement.</li>"
            "<li><strong>Cuba, Argentina, Uruguay:</strong> Deputy Minister Nguyễn Khánh Ngọc "
            "exchanged a 2024–2025 programme with Cuba and an MOU with Argentina's Ministry of "
            "Justice and Human Rights that replaces the 1998 one, and met the President of "
            "Uruguay's Supreme Court.</li>"
            "<li><strong>Saudi Arabia:</strong> Deputy Minister Trần Tiến Dũng signed an MOU "
            "between the two Ministries of Justice.</li>"
            "<li><strong>Russia:</strong> a 2023 plan for the joint working group and a roundtable "
            "on digital transformation in notarial practice.</li>"
            "<li><strong>Others:</strong> 2024–2025 programmes with Algeria and China; a 2024–2025 "
            "plan with France's national chamber of judicial officers and auctioneers; a "
            "staff-training programme with Hungary; MOU talks with India; and a letter of intent "
            "with Australia's Attorney-General's Department.</li>"
            "</ul>"
            "<h3>Multilateral</h3>"
            "<ul>"
            "<li>Participation in the Special ASEAN–Japan Justice Ministers' Meeting, the first "
            "such ministerial meeting, and the ASEAN–G7 Justice Ministers' Meeting.</li>"
            "<li>Talks with the EU Delegation at the third meeting of Subcommittee 4 on good "
            "governance, rule of law and human rights under the PCA.</li>"
            "<li>Implementation of the 2021 IFC MOU, input to the action programme under the Viet "
            "Nam–OECD MOU 2022–2026, and the start of a World Bank-funded ODA project on legal "
            "aid.</li>"
            "</ul>"
        ),
        "cover_alt_vi": (
            "Bản đồ thế giới đánh dấu các đối tác hợp tác pháp luật của Việt Nam năm 2023"
        ),
        "cover_alt_en": "World map highlighting Viet Nam's legal cooperation partners in 2023",
    },
    {
        "key": "partner-profile-lao-pdr",
        "category": "international-partners",
        "publish_at": "2024-06-18T10:00",
        "featured": False,
        "author_unit_vi": "Vụ Hợp tác quốc tế",
        "author_unit_en": "International Cooperation Department",
        "title_vi": "Đối tác Lào: quan hệ hợp tác pháp luật và tư pháp đặc biệt",
        "title_en": "Partner profile: the Lao PDR, a special relationship in law and justice",
        "summary_vi": (
            "Bộ Tư pháp CHDCND Lào là một trong những đối tác gần gũi nhất của Bộ Tư pháp Việt "
            "Nam, với Thỏa thuận hợp tác giai đoạn 2021–2025, Hiệp định tương trợ tư pháp về dân "
            "sự năm 2023 và hợp tác giữa các tỉnh biên giới."
        ),
        "summary_en": (
            "The Lao Ministry of Justice is one of the Vietnamese Ministry's closest partners, "
            "linked by a 2021–2025 cooperation agreement, a 2023 treaty on mutual legal assistance "
            "in civil matters and cooperation among border provinces."
        ),
        "body_vi": (
            "<p>Hợp tác pháp luật và tư pháp là một mảng sinh động trong quan hệ đặc biệt Việt Nam "
            "– Lào. Năm 2017, nhân Năm Đoàn kết hữu nghị Việt Nam – Lào, hai Bộ Tư pháp đã tổ chức "
            "kỷ niệm 35 năm hợp tác tư pháp tại Viêng Chăn; cũng trong giai đoạn này, dự án pháp "
            "luật đầu tiên do Chính phủ Việt Nam tài trợ cho Bộ Tư pháp Lào đã được trình cấp có "
            "thẩm quyền phê duyệt.</p>"
            "<h3>Khuôn khổ hợp tác hiện hành</h3>"
            "<ul>"
            "<li>Thỏa thuận hợp tác về pháp luật và tư pháp giai đoạn 2021–2025 giữa hai Bộ Tư "
            "pháp, ký tháng 12/2020.</li>"
            "<li>Hiệp định tương trợ tư pháp về dân sự, ký năm 2023, thay thế phần dân sự của Hiệp "
            "định tương trợ tư pháp về dân sự và hình sự năm 1998.</li>"
            "<li>Các chương trình hợp tác hằng năm giữa hai Bộ, trong đó có Chương trình năm "
            "2023.</li>"
            "</ul>"
            "<h3>Hợp tác giữa các địa phương</h3>"
            "<p>Hội nghị Tư pháp các tỉnh có chung đường biên giới Việt Nam – Lào do hai Bộ đồng "
            "chủ trì là kênh trao đổi thường xuyên. Tại hội nghị mở rộng lần thứ V, hai bên đánh "
            "giá toàn diện quan hệ hợp tác và thống nhất tiếp tục phối hợp giải quyết trường hợp "
            "người di cư tự do đang sinh sống tại Lào, đã có tên trong danh sách được phê duyệt "
            "nhưng chưa được nhập quốc tịch. Năm 2023, Sở Tư pháp tỉnh Sơn La và Sở Tư pháp tỉnh "
            "Xaynhabuli đã ký thỏa thuận hợp tác.</p>"
            "<h3>Hướng tới</h3>"
            "<p>Hai Bộ tiếp tục ưu tiên chia sẻ kinh nghiệm về xây dựng pháp luật, phổ biến, giáo "
            "dục pháp luật, trợ giúp pháp lý, tương trợ tư pháp và ứng dụng công nghệ thông tin, "
            "đồng thời chuẩn bị khuôn khổ hợp tác cho giai đoạn sau năm 2025.</p>"
        ),
        "body_en": (
            "<p>Cooperation in law and justice is a lively strand of the special relationship "
            "between Viet Nam and Laos. In 2017, the Year of Viet Nam–Laos Solidarity and "
            "Friendship, the two Ministries of Justice marked 35 years of judicial cooperation "
            "with a ceremony in Vientiane; around the same time, the first legal-sector project "
            "for the Lao Ministry of Justice funded by the Government of Viet Nam was put forward "
            "for approval.</p>"
            "<h3>Current framework</h3>"
            "<ul>"
            "<li>A cooperation agreement on law and justice between the two ministries for "
            "2021–2025, signed in December 2020.</li>"
            "<li>A treaty on mutual legal assistance in civil matters, signed in 2023, replacing "
            "the civil part of the 1998 treaty on civil and criminal matters.</li>"
            "<li>Annual cooperation programmes between the ministries, including the 2023 "
            "programme.</li>"
            "</ul>"
            "<h3>Cooperation between provinces</h3>"
            "<p>The judicial conference of provinces along the Viet Nam–Laos border, co-chaired by "
            "the two ministries, is a regular channel for dialogue. At the fifth expanded "
            "conference the sides reviewed their cooperation in depth and agreed to keep working "
            "on cases of Vietnamese migrants living in Laos who are on approved lists but have not "
            "yet been granted Lao nationality. In 2023 the justice departments of Sơn La and "
            "Xaynhabuli provinces signed their own cooperation agreement.</p>"
            "<h3>Looking ahead</h3>"
            "<p>The ministries will keep prioritising experience-sharing on law-making, legal "
            "education and dissemination, legal aid, mutual legal assistance and information "
            "technology, while preparing a framework for cooperation beyond 2025.</p>"
        ),
        "cover_alt_vi": "Quốc kỳ Việt Nam và Lào đặt cạnh nhau trên bàn hội đàm",
        "cover_alt_en": "The flags of Viet Nam and Laos side by side on a meeting table",
    },
    {
        "key": "lao-mission-april-2025",
        "category": "group-activities",
        "publish_at": "2025-04-05T16:00",
        "featured": True,
        "author_unit_vi": "Vụ Hợp tác quốc tế",
        "author_unit_en": "International Cooperation Department",
        "title_vi": (
            "Đoàn công tác Bộ Tư pháp làm việc tại Bộ Tư pháp Lào, thống nhất Chương trình hợp tác "
            "năm 2025"
        ),
        "title_en": (
            "Ministry delegation works with the Lao Ministry of Justice and agrees the 2025 "
            "programme"
        ),
        "summary_vi": (
            "Trong chuyến làm việc tại Bộ Tư pháp Lào từ ngày 2 đến 5/4/2025 của đoàn do bà Nguyễn "
            "Linh Kha (Phó Vụ trưởng Vụ Hợp tác quốc tế) dẫn đầu, phía Lào đã nhất trí nội dung "
            "Chương trình hợp tác năm 2025."
        ),
        "summary_en": (
            "From 2 to 5 April 2025 a delegation led by Ms Nguyễn Linh Kha, Deputy "
            "Director-General of the International Cooperation Department, worked with the Lao "
            "Ministry of Justice, which agreed the 2025 cooperation programme."
        ),
        "body_vi": (
            "<p>Từ ngày 2 đến 5/4/2025, một đoàn công tác cấp Vụ, do bà Nguyễn Linh Kha, Phó Vụ "
            "trưởng Vụ Hợp tác quốc tế, dẫn đầu, đã sang CHDCND Lào làm việc với Bộ Tư pháp nước "
            "bạn. Chuyến đi dựa trên Thỏa thuận hợp tác giai đoạn 2021–2025 và nhằm cụ thể hóa kết "
            "quả chuyến thăm Lào của Bộ trưởng Nguyễn Hải Ninh hồi tháng 12/2024, khi Bộ trưởng dự "
            "Hội nghị Tư pháp các tỉnh có chung đường biên giới Việt Nam – Lào mở rộng lần thứ "
            "6.</p>"
            "<p>Đoàn gồm đại diện Cục Phổ biến giáo dục pháp luật và Trợ giúp pháp lý, Vụ Pháp "
            "luật dân sự – kinh tế và Cục Công nghệ thông tin. Nhân dịp này, đoàn chia buồn cùng "
            "Bộ Tư pháp Lào và gia quyến cố Thứ trưởng Bountha Songyerthao, người qua đời ngày "
            "30/3/2025.</p>"
            "<h3>Mục đích chuyến công tác</h3>"
            "<p>Sáng 3/4/2025, tại buổi chào Thứ trưởng Ketsana Phommachan, bà Nguyễn Linh Kha cho "
            "biết đoàn đến để thống nhất dự thảo Chương trình hợp tác năm 2025 và khảo sát hạ tầng "
            "công nghệ thông tin, công tác xây dựng, thẩm định văn bản và phổ biến pháp luật của "
            "Bộ Tư pháp Lào. Kết quả khảo sát phục vụ việc xây dựng dự án hỗ trợ của Chính phủ "
            "Việt Nam cho Bộ Tư pháp Lào theo Thỏa thuận về Kế hoạch hợp tác năm 2025 giữa hai "
            "Chính phủ, ký ngày 9/1/2025 tại Kỳ họp lần thứ 47 Ủy ban liên Chính phủ.</p>"
            "<h3>Kết quả</h3>"
            "<ul>"
            "<li>Sau các buổi làm việc ngày 3–4/4 với các vụ, cục của Bộ Tư pháp Lào, phía Lào "
            "nhất trí với nội dung Chương trình hợp tác năm 2025.</li>"
            "<li>Hai bên nhận diện các khó khăn của phía Lào: nhân lực chuyên sâu còn thiếu; chỉ "
            "khoảng 70% công chức có máy tính; chưa có hệ thống quản lý máy chủ và phần mềm dịch "
            "vụ công trực tuyến.</li>"
            "<li>Đoàn khảo sát bộ phận công nghệ thông tin, Cổng thông tin điện tử, công tác Công "
            "báo, nơi tiếp công dân, trợ giúp pháp lý và cơ sở dữ liệu pháp luật của Bộ Tư pháp "
            "Lào.</li>"
            "</ul>"
            "<p>Thông tin thu được sẽ giúp thiết kế dự án hỗ trợ kỹ thuật mới sát với nhu cầu của "
            "Lào.</p>"
        ),
        "body_en": (
            "<p>From 2 to 5 April 2025 a department-level delegation of the Ministry of Justice, "
            "led by Ms Nguyễn Linh Kha, Deputy Director-General of the International Cooperation "
            "Department, worked with the Ministry of Justice of the Lao PDR. The visit built on "
            "the 2021–2025 cooperation agreement and followed up on Minister Nguyễn Hải Ninh's "
            "trip to Laos in December 2024, when he attended the 6th expanded judicial conference "
            "of provinces along the Viet Nam–Laos border.</p>"
            "<p>The delegation included officials from the Department of Legal Dissemination, "
            "Education and Legal Aid, the Department of Civil and Economic Law and the Information "
            "Technology Department. It also conveyed condolences to the Lao Ministry and the "
            "family of the late Deputy Minister Bountha Songyerthao, who passed away on 30 March "
            "2025.</p>"
            "<h3>Purpose of the visit</h3>"
            "<p>Calling on Deputy Minister Ketsana Phommachan on the morning of 3 April, Ms Nguyễn "
            "Linh Kha explained that the delegation had come to finalise the draft 2025 "
            "cooperation programme and to survey the Lao Ministry's IT infrastructure, its "
            "drafting and review of legislation, and its legal dissemination work. The findings "
            "will feed into a Vietnamese Government assistance project for the Lao Ministry, as "
            "provided in the 2025 cooperation plan signed by the two Governments on 9 January 2025 "
            "at the 47th session of their Intergovernmental Committee.</p>"
            "<h3>Outcomes</h3>"
            "<ul>"
            "<li>After meetings on 3–4 April with several Lao departments, the Lao side agreed the "
            "content of the 2025 cooperation programme.</li>"
            "<li>The two sides identified key constraints: too few specialised staff; computers "
            "for only about 70% of civil servants; no server management system and no online "
            "public-service software.</li>"
            "<li>The delegation visited the IT unit, the web portal, the Official Gazette team, "
            "the citizen reception and legal aid desk, and the legal database of the Lao "
            "Ministry.</li>"
            "</ul>"
            "<p>What was learned will help shape a new technical assistance project that fits "
            "Laos's needs and conditions.</p>"
        ),
        "cover_alt_vi": (
            "Đoàn công tác Bộ Tư pháp Việt Nam chào Thứ trưởng Bộ Tư pháp Lào tại Viêng Chăn"
        ),
        "cover_alt_en": (
            "The Vietnamese delegation calling on the Lao Deputy Minister of Justice in Vientiane"
        ),
    },
]
