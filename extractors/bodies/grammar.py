"""Administrative bodies: finding their mentions and naming each one once.

A body mention starts at a head word from ``data/bodies.json`` (``UBND``, ``Sở``,
``Phòng``, ``Trung tâm`` …), optionally after an office title (``Giám đốc``,
``Chủ tịch``), and runs over the words of its name:

- name words are capitalised syllables, each followed by at most one lower-case
  syllable (``Nội vụ``, ``Tài chính Kế hoạch``), abbreviations (``GD&ĐT``,
  ``KHHGĐ``), ``và`` or ``-`` between name words (``Nông nghiệp và Môi
  trường``, ``Dân số-KHHGĐ``); a few longer lower-case runs are listed in the
  data (``Người cao tuổi``).  One lower-case syllable is what a two-syllable
  word has, and the verb that follows a body (``Sở Nội vụ bố trí``) is always a
  second lower-case syllable, so it is not taken;
- a level and its place (``huyện Việt Yên``, ``TX An Nhơn``, ``Thành phố``), or
  a plural of levels (``UBND các xã, thị trấn``);
- a body nested in it (``Văn phòng UBND huyện``);
- after a level word, a list of places (``UBND các tỉnh: Ninh Bình, Bắc Ninh``,
  ``thành phố Hà Nội, thành phố Hải Phòng và tỉnh Quảng Ninh``) or a span of them
  (``các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm Đồng``); ``các cấp`` (the
  body at every level).

Office titles make lists of their own: a title over its body opens the next item
(``Giám đốc các sở, Thủ trưởng các ban, ngành``), a bare title shares the body of
the next one (``Bộ trưởng, Thủ trưởng cơ quan ngang Bộ``), and ``các`` + a title
names officials (``các Phó Thủ tướng``).

Plural/generic bodies (``các cơ quan, ban, ngành``, ``các đơn vị, cơ sở giáo
dục trực thuộc``) start with ``các`` and run over generic nouns.

Word segmentation and NER were measured as candidate sources and not used:
underthesea's NER finds 2 of the 23 dev-set gold bodies exactly (48 clauses/s),
and its word segmentation joins ``Giao Phòng`` into one word.

Markdown emphasis (``**``) inside a name is read as a space; every offset is
into the original text.

A finder that looks for mentions at a few places of a document reads the
tokens there only (``RegionTokens.run``), as far as the scans go: so a scan
asks ``has_token(toks, j)`` before it reads token ``j``, and steps over no mark
but the separators (``_SEPARATORS``).
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from typing import Iterator, Optional

import regex

from vanban.extractors.bodies.tokens import TOKEN_PATTERN, WHITE_SPACE, Token
from vanban.extractors.datafiles import load_json
from vanban.extractors.text.syllables import is_syllable

VERSION = "2.10"  # 2.10: "đồng chí" in lower case no title (a courtesy: "Giao đồng chí Bộ trưởng …"); "thành viên" ties a generic body to its board; a capitalised noun's second syllable opens no verb in a name's lower-case run ("Chương trình mục tiêu quốc gia"). 2.09: a stop word opens a place right after its level word ("thị xã Từ Sơn"); a rank after a dash ends a name; an official's post after his name ("Đồng chí Nguyễn Thị Lan - Phó Chủ tịch …"); "công chức" in lower case and "Tổ giúp việc" are heads, "Phó Chỉ huy trưởng" a title, "ban hành" no generic body. 2.08: "cơ quan thuế", "cơ quan hải quan" generic nouns (… và cơ quan hải quan trên địa bàn tỉnh); 2.07: a head or title typed in lower case that opens an item after a semicolon read capitalised (…; sở Khoa học và Công nghệ; …; ủy ban nhân dân các xã; hiệu trưởng các trường THPT), a head that needs no name only before its level; 2.06: universities, academies and colleges as generic nouns (Giám đốc các đại học, học viện; các trường đại học, trường cao đẳng sư phạm; các cơ sở giáo dục đại học; … trung cấp nghề); 2.05: a field's own lower-case run (Giáo dục thường xuyên), no adverb after other names; 2.04: a place's syllable on the next line that could open a verb goes on when a capital follows it (xã / Bảo Thắng); a company's legal form in lower case before its name (Công ty cổ phần Dịch vụ …); 2.03: a desk of a one-stop office a head with its name (Bộ phận Tiếp nhận và Trả kết quả xã, Bộ phận Một cửa); 2.02: a head that names a body only with a level is a dashed name's second half without one (Công chức Văn phòng - Thống kê); a field's lower-case run closes at a modal whose first word is a break word (Cục Đầu tư nước ngoài có trách nhiệm); a name ends before a verb of two syllables opening the next line (… Giám đốc Sở Tài chính / Ủy quyền cho …); 2.01: a dashed name's third half may be a field that names a body elsewhere (Phòng Lao động - Tiền lương - Bảo hiểm xã hội); "đoàn thể chính trị - xã hội" a generic noun; "bàn" (địa bàn) breaks a name's lower-case run (… đi qua địa bàn xã Thụy Anh: no name); 2.00: a head named only with a province (Viễn thông Ninh Bình, not inside Tập đoàn Công nghiệp - Viễn thông Quân đội); the board of each (Ban quản trị các nhà chung cư); "kính" opens a verb; 1.99: a Cục, Ủy ban, Ban, Hội đồng … named with its field opened by "về" up to the verb (Cục Giám định nhà nước về chất lượng công trình xây dựng); "ủy viên" a generic noun (Các uỷ viên khác của Ban Chỉ đạo); 1.98: a company's name crosses a verb's syllable over two lower-case words at most (… Trí Nam hoàn thiện hồ sơ Đề án: no name); "kê khai", "gắn" start a verb; 1.97: "cơ sở" goes on with a name (Cục Văn hóa cơ sở, Gia đình và Thư viện); the grassroots information and loudspeaker systems generic bodies (hệ thống thông tin cơ sở, hệ thống truyền thanh cơ sở); 1.96: a place named with a spaced dash closes a unit's name (Ban Quản lý rừng phòng hộ Tam Giang - Cồn Ngựa; one syllable before a mark: Hướng Hóa - Đakrông,); a stop word is a later syllable of a place when no lower-case word follows it (huyện Năm Căn,); a leadership board by its title (Ban Giám đốc các bệnh viện; Ban Giám hiệu); "Trên", "Ngoài" open a clause, no name word; 1.95: light names drop "kèm theo" after "Phụ lục" (… có tên tại Phụ lục kèm theo); 1.94: a place named with a spaced dash (phường Xuân Hương - Đà Lạt, the wards of 2025), not before a head, title or generic noun; 1.93: a condominium's board a head (Ban quản trị nhà chung cư), its operator a generic noun (đơn vị quản lý vận hành); 1.92: a dash joins names of one syllable each (Bệnh viện Sản - Nhi tỉnh); 1.91: groups of state companies by what they are (tập đoàn viễn thông, tập đoàn kinh tế, tổng công ty nhà nước, doanh nghiệp nhà nước); 1.90: a footnote's mark glued to a word ("Bộ Nội vụ[6]") read as spaces; 1.89: "thuốc" goes on with a name (Viện Kiểm nghiệm thuốc Trung ương); 1.88: "nghề" goes on with a school's name (Trường Trung cấp nghề Quảng Ngãi); public and private kinds close a generic body (các trường mầm non công lập, … ngoài công lập, … tư thục); 1.87: a delegation of the National Assembly a head (Đoàn đại biểu Quốc hội tỉnh); 1.86: the boarding schools of ethnic minorities a kind of school (các trường phổ thông dân tộc nội trú, bán trú); 1.85: "cử" opens a verb (… có tên tại Điều 1 cử công chức …); 1.84: a province's project boards named in full with "và" inside (Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn, … dân dụng và công nghiệp); "trân trọng", "trực tiếp" open verbs (Cục Quản lý Dược trân trọng …); a capital that opens a verb or adverb with the lower-case syllable after it is no syllable of a place (… thị trấn / Trực tiếp rà soát); 1.83: a bank by its brand (Agribank, Vietcombank, VietinBank, BIDV) a head; cơ sở đào tạo, cơ sở giáo dục nghề nghiệp generic nouns; a head that names an activity too, alone before a comma and a lower-case activity or before its object (Thanh tra, kiểm tra, giám sát; Thanh tra việc …), no body (data activity_heads, activity_nouns, activity_objects); 1.82: more kinds of schools in acronyms after a comma or "và", the noun left out (các trường mầm non, tiểu học, PTDTBT Tiểu học và THCS; các trường THPT, PTDTNT THPT; data acronym_classed_nouns); 1.81: data: a bank's local office a head (Phòng Giao dịch Ngân hàng Chính sách xã hội huyện); 1.80: data: a commune's service centre a head (Trung tâm Dịch vụ tổng hợp xã), the lower-case words of national centres (Chứng thực điện tử, Chứng thực số, Thương mại điện tử), villages (làng, bản, xóm) and producers (chủ thể) as generic nouns; 1.79: a transitive name word after the abbreviations of a legal form takes its object (Công ty TNHH MTV Vận hành hệ thống điện …); 1.78: a cooperative's trade name opens with what it does in lower case (Hợp tác xã dịch vụ điện Quảng Phú), no verb nor number among those words; 1.77: a generic body takes an owner named by its head alone after any link (các bệnh viện trực thuộc Bộ, các đơn vị thuộc, trực thuộc Bộ); 1.76: a named unit takes the body it belongs to (Vụ Công chức - Viên chức thuộc Bộ Nội vụ, Phòng Tư pháp thuộc Sở), as a generic body does; 1.75: "có công" goes on with a name (Cục Người có công), a verb syllable though "có" is; 1.74: a name's field in lower case runs to the verb after the body (Cục Đầu tư nước ngoài, Vụ Giáo dục đại học; not over a verb opener, an adverb or to a mark), two runs of continuations in a row (Cục Chuyển đổi số quốc gia), names of the example corpus tests/fixtures/body_names.txt (Thư viện and Bảo tàng with a level, Cảng hàng không, Thông tấn xã Việt Nam, Đoàn Luật sư, Trạm Kiểm soát Biên phòng; tổ chức tín dụng, cơ sở khám bệnh, chữa bệnh, đơn vị tư vấn giám sát as generic nouns; dự phòng, quốc tế, tối cao, việc làm, liên ngành, chi nhánh … going on with a name); 1.73: "phổ thông" goes on with a name (Vụ Giáo dục phổ thông); 1.72: thế giới continues a name; 1.71: Cục Kinh tế hợp tác và Phát triển nông thôn; 1.70: a board's members by their seats (Các thành viên Ban Chỉ đạo là lãnh đạo các sở, ngành); 1.69: Bảo trợ, Trợ giúp take their object; 1.68: Công trình a name word; 1.67: Cục Việc làm, the Cục Thuế's comma names, danh thắng; 1.66: the country's name closes a name as a province's does; 1.65: an abbreviated head before a name in lower case is no name in capitals (BCĐ Trung ương); a province's name closes a name; miền Bắc/Trung/Nam, biên giới đất liền; 1.64: "di tích" (a relic) a noun in a name's object (Phòng Quản lý di tích; "tích" opens "tích cực" elsewhere); 1.63: a board's member by the body whose leader sits on it (Uỷ viên là lãnh đạo Công an tỉnh, Thành viên là đại diện Hội Nông dân tỉnh); 1.62: a name's lower-case run does not cross a role verb (chủ trì, phối hợp, giám sát, tham mưu) to reach a level word (Các Trung tâm y tế giám sát tuyến xã …); 1.61: border places after a plural of levels (Các tỉnh biên giới, … các xã, phường khu vực biên giới), cooperatives and farms as generic nouns (hợp tác xã, trang trại chăn nuôi), "giao thông" going on with a name (Ủy ban An toàn giao thông Quốc gia); 1.60: "công ty" a generic noun in the plural only (các công ty lâm nghiệp; alone, capitalised, a company's name or a letter's word for its addressee); 1.59: an abbreviation holding a comma (Sở VH,TT&DL); Việt Nam closes a name's lower-case run as a level does (Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam); 1.58: Ban điều hành (of residents' groups, villages, quarters) a head; the comma name Văn hóa, Thông tin và Thể thao (a district's Trung tâm; bodies.json); 1.57: a company's registered name runs to its last capitalised word over the lower-case words of its trade (Công ty TNHH Một thành viên Khai thác công trình thủy lợi Vĩnh Long), not past a verb or into the next body of a list; 1.56: names with long lower-case fields (Viện Vệ sinh dịch tễ Trung ương, Phòng Cảnh sát quản lý hành chính về trật tự xã hội); a transitive name word's object up to 14 syllables, over "giao thông", stopped by "thành" (lập) and "hoặc"; Khu Quản lý đường bộ; a plural's "chức năng"; 1.55: a plural's level of service (các bệnh viện tuyến tỉnh); 1.54: telecom and postal branches (Viettel, VNPT, Bưu điện), Chi cục Chăn nuôi, Thú y và Thủy sản; 1.53: a dashed name closed by a list number or a verb on the next line (Phòng Tài chính - Kế hoạch / 1. …, / Tham mưu …); school levels after "các trường" (mầm non, tiểu học, trung học cơ sở); "bộ phận" a generic noun of its own; 1.52: a commune's civil servant by field (Công chức Tài chính - Kế toán), a power company's branch (Điện lực Bảo Lộc), team leaders (Tổ trưởng), hamlets (Trưởng các ấp), the 2025 Phòng Văn hóa, Khoa học và Thông tin, "tài nguyên và môi trường" going on with a name; a member's role after a dash is no half of a name (… Địa chính - Xây dựng - Tổ viên); 1.51: "sáng tạo" goes on with a name (Trung tâm Đổi mới sáng tạo Hà Nội); 1.50: a one-syllable name word takes no lower-case syllable that opens a verb of two (Cục Thuế thông báo …); "Truyền thông", "Viễn thông" name words; 1.49: after "và", a head that names a body only with its level is a name word when none follows (Ban Công nghệ thông tin và Thống kê hải quan); 1.48: an abbreviation in capitals after a generic noun is its class (các trường THPT, các trung tâm GDNN-GDTX); the head "Hạt Kiểm lâm"; 1.47: the comma name "Chất lượng, Chế biến và Phát triển thị trường", "vùng" a continuation (Chi cục Chăn nuôi và Thú y vùng); 1.46: "hàng không" a continuation (Tổng công ty Cảng hàng không Việt Nam); 1.45: a head that ends with a transitive verb takes its object as its name (Ban Quản lý rủi ro, Ban Quản lý dự án Đường sắt); "các", "về" between an object's words (… xây dựng các công trình giao thông tỉnh, Ban Giám sát quản lý về hải quan); an object stops at a time or a verb of object_stops; 1.44: generic nouns "phòng chuyên môn", "đơn vị chuyên môn" (Các phòng chuyên môn, Văn phòng Sở …); 1.43: "Đăng ký" a name word, "thị trường trong nước" a continuation (Cục Quản lý và Phát triển thị trường trong nước); 1.42: a name word that is a transitive verb right after its head takes its object (Phòng Quản lý giá và công sản, Tổng công ty Truyền tải điện quốc gia, Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Ngãi); "Bồi thường" a name word; 1.41: a dash that ends a wrapped line joins the halves of a name (Vụ Kế hoạch - / Tài chính); the youth unions with a capital Đ (Tỉnh Đoàn, Thành Đoàn, Huyện Đoàn); the generic group "thương nhân đầu mối" (key traders); the name word Phát triển (Sở Nông nghiệp và Phát triển nông thôn: "triển" opens "triển khai" elsewhere); a council's committee named with its council (Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh); 1.40: "từng" makes a plural as "các" does (từng bộ, ngành, địa phương); a colon list of names separated by semicolons (các Bộ: Nông nghiệp và Môi trường; Xây dựng; …), up to a head or title; name word Xúc tiến, comma names Quản lý Khám, chữa bệnh and Xúc tiến Đầu tư, Thương mại và Du lịch, continuation công nghệ; a name stops at a verb opening the next line (2. Sở Tài chính / Bố trí kinh phí …); head Công đoàn, title Tổng Biên tập; a trade name's run of common nouns may hold a verb's syllable after its first (công trình thủy lợi) and end in a place whose last syllable is a head (Hải Phòng); titles Thống đốc, Tổng Thanh tra, Chủ nhiệm, Chánh án and deputies (Phó Trưởng ban, Phó Hiệu trưởng …); the comma name Kế hoạch, Tài chính (Vụ Kế hoạch, Tài chính); head Tạp chí; a stop word that opens a name word of the data (Sở Giao thông vận tải); continuations vận tải, thực vật, (vệ sinh) thực phẩm, sau thông quan, rủi ro, chữa cháy, nghề nghiệp; 1.39: head words Đại học, Ủy ban (with its name: Ủy ban Dân tộc, beside Ủy ban nhân dân), Tổng Liên đoàn Lao động, Trung ương Đoàn, Đội; "thị trường", "tự vệ", "cửa khẩu" continue a name (Đội Quản lý thị trường, lực lượng Dân quân tự vệ, Chi cục Hải quan cửa khẩu Cầu Treo); Thi hành án dân sự a head; Ủy ban mặt trận Tổ quốc in lower case, Ủy ban Trung ương MTTQ (its short form) one head; a name's lower-case run reaches ten syllables before its level (Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh), "tổng" opens a verb and "vào" breaks the run; a plural "các Bộ/Sở" and its companion noun take the members a colon names (các Bộ, cơ quan: Tài chính, Xây dựng, …); "Là" ends a name; 1.38: "chi bộ", "đảng bộ" as generic nouns, "trường dữ liệu" none; a generic body may close with the level it stands at (cấp trên trực tiếp, cấp trên, cùng cấp, cấp dưới); 1.37: one office serving a council and a committee together (Văn phòng HĐND - UBND cấp xã, Văn phòng HĐND và UBND xã, Văn phòng Đoàn ĐBQH và HĐND tỉnh) is one body, the place after the last body being the place of all; 1.36: heads of the border guard, customs, ports, parks, cooperatives and publishers (Bộ đội Biên phòng, Đồn Biên phòng, Hải quan, Cảng vụ, Vườn quốc gia, Hợp tác xã, Nhà xuất bản); the offices of Party committees as generic nouns (các văn phòng tỉnh ủy, thành ủy; thường trực cấp ủy); 1.35: Party standing committees and offices in lower case (Ban thường vụ tỉnh ủy, ban thường vụ cấp ủy cấp tỉnh, Văn phòng cấp ủy cấp xã) and of each body of a plural (Văn phòng các tỉnh ủy, thành ủy; Thường trực các tỉnh ủy); Party committees in lower case run as one plural (các tỉnh ủy, thành ủy); the title "Chánh" when "Chánh Văn phòng" leaves no body (Chánh Văn phòng Trung ương Đảng); generic nouns "tập thể lãnh đạo (cơ quan)", "cấp có thẩm quyền", "chủ quản dữ liệu", "ban đảng", "cơ quan đảng" and the tail "Trung ương" (các đoàn thể Trung ương); a Party committee of the body a generic noun names, as an office (Đảng ủy các cơ quan Đảng Trung ương); the title "Chánh văn phòng" in lower case; "xem" (xem xét) and "khảo" (khảo sát) open a verb, no syllable of a name (Hội đồng Quản lý Quỹ xem xét …; Tỉnh xem xét, khảo sát …); 1.34: "lực lượng" in lower case before a named service (lực lượng Kiểm lâm); 1.33: members by a plural title before their body (các thành viên Ban Chỉ đạo), not a generic group beside it; 1.32: forces named by their service (Lực lượng Công an, Lực lượng Kiểm lâm; not "Lực lượng phòng cháy …"), heads Kiểm lâm and Quân đội, the comma names of the fire police (Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ), "sở tại" (Kiểm lâm sở tại); 1.31: owners as generic nouns (chủ rừng, chủ công trình, chủ hồ chứa, chủ cơ sở, chủ sở hữu, chủ dự án, chủ phương tiện, chủ tàu); "một thành viên" in a company's name; 1.30: command boards: Ban Chỉ huy needs no name (Ban Chỉ huy cấp xã, Ban chỉ huy quân sự cấp xã), Bộ Chỉ huy quân sự in lower case, "thiên tai", "cứu nạn", "cứu hộ" as name words, a comma name after any head (Phòng, chống thiên tai và Tìm kiếm cứu nạn); lower-case name words run up to the commune level too (cấp xã, xã, phường, đặc khu); UBND các địa phương (every locality); 1.29: Party committees in the plural (các tỉnh ủy, thành ủy, đảng ủy …) as generic nouns; 1.28: "tổ chức đảng", "chính quyền cơ sở" as generic nouns; 1.27: a place's name does not run onto the next line into a verb's first syllable (… các tỉnh, thành phố / Khẩn trương …); 1.26: joint-stock commercial banks (các ngân hàng thương mại cổ phần) as a generic body; 1.25: a capitalised generic noun that opens a longer head word is that head (Hội đồng, not hội + đồng): the mechanism, in place of a not_generic entry; 1.24: titles Thành viên, Ủy viên, Ủy viên Thường trực (Thành viên Ban Chỉ đạo); Liên hiệp các hội Khoa học và Kỹ thuật; 1.23: every level of the issuer's own place (Ủy ban MTTQ Việt Nam các cấp Thành phố); 1.22: heads of teams named by their work (Đoàn kiểm tra, Đoàn thanh tra, Tổ công tác, Tổ thư ký); 1.21: "hội đồng" is no generic noun (Chủ tịch Hội đồng: a head without its name, not "Hội" + "đồng"); "họp" opens a verb; bare_head_at is public; 1.20: a list number opening the next line is no syllable of a name; 1.19: an owner written as the issuer writes itself, a head word alone (đơn vị sự nghiệp thuộc Bộ, các phòng thuộc Cục), a named owner read whole before a tail ending in its head word (thuộc Sở Y tế), the groups a body is ranked in (nhóm 1, nhóm 2; hạng I; loại II); 1.18: the name word Hậu cần ("cần" is a modal elsewhere); 1.17: a verb-like syllable closed by "Việt Nam" is the name's (Cục Đăng kiểm Việt Nam); 1.16: a trade name over lower-case common nouns (Công ty Cổ phần siêu thị Sài Gòn); 1.15: "Thực" (Thực hiện …) ends a name wrapped onto the next line; 1.14: head Thống kê (tỉnh, thành phố), titles Vụ trưởng, Phó Vụ trưởng, Phó Cục trưởng, the plural "các cấp" (Các cấp, các ngành); 1.13: "Cơ quan" before a named body (Cơ quan Bảo hiểm xã hội thành phố Huế), the comma name Kinh tế, Hạ tầng và Đô thị; 1.12: levels given as alternatives (xã/phường, huyện/thị xã): "/" separates words (it joins only capitals and digits: KH/ĐT) and is stepped over as a separator; 1.11: a dashed name may end with its place (Sở Quy hoạch - Kiến trúc Hà Nội), heads Quỹ đầu tư phát triển and Tổng Kiểm toán nhà nước; 1.10: a title that leaves no body gives way to a shorter one (Trưởng Ban Chỉ đạo); a dash before a generic noun of two syllables opens an appositive (Sở Tài chính - Cơ quan thường trực …); Công An, Liên hiệp các Hội Khoa học và Kỹ thuật, Ban Quản lý khu Kinh tế, Ban Quản lý đường sắt đô thị, "cộng đồng"; light names write a syllable typed twice once; 1.9: a one-word head that names no body is a syllable of the name (Cục Báo chí); 1.8: "tất cả" makes a plural as "các" does; 1.7: every level of a named place (… các cấp thành phố Hà Nội); 1.6: an office named by the body it serves (Ban Thường trực Ủy ban MTTQ), Tổ đại biểu and đại biểu HĐND; 1.5: a Party committee written in lower case (Bí thư tỉnh ủy); 1.4: light names space a dash between lower-case words and drop a closing "này"; 1.3: a dropped last syllable restored in the light name (Ủy ban nhân Thành phố); 1.2: a head of several words after "và" opens the next body, "khu vực 8", Ủy ban Kiểm tra, Ngân hàng nhà nước; 1.1: place lists, title lists, needs_level heads, "các cấp"

_DATA = load_json("bodies.json")

# Markdown marks that scraped texts leave inside names: read as spaces.


def words_of(phrase: str) -> tuple[str, ...]:
    return tuple(match.group() for match in TOKEN_PATTERN.finditer(phrase))


@dataclass(frozen=True)
class Head:
    words: tuple[str, ...]
    kind: str
    level: Optional[str]
    needs_name: bool
    form: str  # how the registry writes this head (the first form in the data)
    # "Thuế tỉnh Lào Cai": a head that names a body only with its level after it
    # (a sentence may open with "Thuế giá trị gia tăng")
    needs_level: bool = False


def _index(entries):
    """First word -> candidate word tuples, longest first."""
    table: dict[str, list] = {}
    for words, value in entries:
        table.setdefault(words[0], []).append((words, value))
    for candidates in table.values():
        candidates.sort(key=lambda item: len(item[0]), reverse=True)
    return table


# every province's name (header_news.json)
_PROVINCES = tuple(name for names in load_json("header_news.json")["provinces"].values() for name in names)


def _head_entries():
    for spec in _DATA["heads"]:
        # ("Viễn thông Ninh Bình": a head that names a body only with a province's name, the
        # whole one head; "Tập đoàn Công nghiệp - Viễn thông Quân đội" holds none)
        forms = (
            [f"{form} {province}" for form in spec["forms"] for province in _PROVINCES]
            if spec.get("province_named")
            else spec["forms"]
        )
        for form in forms:
            head = Head(
                words_of(form),
                spec["kind"],
                spec["level"],
                spec["needs_name"],
                spec["forms"][0],
                spec.get("needs_level", False),
            )
            yield head.words, head
            upper = words_of(form.upper())
            if upper != head.words:
                yield upper, head


HEADS = _index(_head_entries())
TITLES: tuple[str, ...] = tuple(_DATA["titles"])  # official titles (Giám đốc, Chủ tịch, …)
_TITLES = _index((words_of(t), t) for t in TITLES)
LEVELS = {words_of(k): v for k, v in _DATA["levels"].items()}
_LEVEL_INDEX = _index((words, level) for words, level in LEVELS.items())
_GENERIC = _index((words_of(n.casefold()), n) for n in _DATA["generic_nouns"])
_PLURAL_ONLY = frozenset(_DATA["plural_only_generic_nouns"])
_ACRONYM_CLASSED = frozenset(_DATA["acronym_classed_nouns"])
_ACTIVITY_HEADS = frozenset(_DATA["activity_heads"])
_ACTIVITY_NOUNS = _index((words_of(n), n) for n in _DATA["activity_nouns"])
_ACTIVITY_OBJECTS = frozenset(_DATA["activity_objects"])
_TAILS = _index((words_of(t), t) for t in _DATA["generic_tails"])
_RANK_WORDS = frozenset(_DATA["rank_words"])
_ROMAN = regex.compile(r"[IVX]{1,4}")
_NOT_GENERIC = _index((words_of(n.casefold()), n) for n in _DATA["not_generic"])
_COMMA_NAMES = _index((words_of(n.casefold()), n) for n in _DATA["comma_names"])
_COMPANY_FORMS = _index((words_of(f), f) for f in _DATA["company_forms"])
_CONTINUATIONS = _index((words_of(c), c) for c in _DATA["name_continuations"])
_FIELD_CONTINUATIONS = {
    words_of(field): _index((words_of(c), c) for c in runs)
    for field, runs in _DATA["field_continuations"].items()
}
_STOP = frozenset(_DATA["stop_words"])
_SURNAMES = frozenset(_DATA["surnames"])
_PERSON_LIKE_PLACES = frozenset(_DATA["person_like_places"])
PROVINCE_CITIES = frozenset(_DATA["province_cities"])
# every province's name and the country's: a name that ends with one is whole
_PROVINCE_NAMES = frozenset(tuple(name.split()) for name in _PROVINCES) | frozenset(
    tuple(closer.split()) for closer in _DATA["name_run"]["closers"]
)
_PROVINCE_WORDS = max(len(name) for name in _PROVINCE_NAMES)


def _ends_with_province(toks: list[Token], j: int, start: int) -> bool:
    """Do the tokens from ``start`` to ``j`` end with a province's name (``Báo và Phát
    thanh, Truyền hình Vĩnh Long``) or the country's (``Hiệp hội Rau quả Việt Nam``)?
    Then a word in lower case after it is the verb (``thông tin``), no syllable of
    the name."""
    return any(
        tuple(t.text for t in toks[j - size : j]) in _PROVINCE_NAMES
        for size in range(1, min(_PROVINCE_WORDS, j - start) + 1)
    )


_VERB_STARTS = frozenset(_DATA["verb_starts"])
_SINGLE_WORDS = frozenset(_DATA["single_words"])
_NAME_WORDS = frozenset(words_of(w) for w in _DATA["name_words"])
_EVERY_LEVEL = _index((words_of(w), w) for w in _DATA["every_level"])
_LINKS = _index((words_of(w), w) for w in _DATA["generic_links"])
_NOT_LEVELS = _index((words_of(w.casefold()), w) for w in _DATA["not_levels"])
_RUN_BREAKS = frozenset(_DATA["name_run"]["breaks"])
_MODAL_CLOSERS = _index((words_of(w), w) for w in _DATA["name_run"]["modal_closers"])
_RUN_LEVELS = frozenset(_DATA["name_run"]["levels"])
_LOWER_RUN_MAX = _DATA["name_run"]["max_syllables"]
_RUN_CLOSERS = tuple(words_of(closer) for closer in _DATA["name_run"]["closers"])
_RUN_VERBS = _index((words_of(verb), verb) for verb in _DATA["name_run"]["verbs"])
_TRANSITIVE_NAME_WORDS = frozenset(words_of(w) for w in _DATA["transitive_name_words"])
_OBJECT_MAX = _DATA["object_max"]
_NAME_TAIL_MAX = _DATA["name_tail_max"]
_VERB_OPENERS = frozenset(_DATA["verb_openers"])
_OBJECT_STOPS = frozenset(_DATA["object_stops"])
_OBJECT_LINKS = frozenset(("và", "về", "các"))
_FIELD_OPENER = "về"  # (a name's field: "Ủy ban Quốc gia về người cao tuổi")
_FIELD_KINDS = frozenset(_DATA["field_kinds"])  # heads whose names may hold such a field (not "Bộ", "Sở")
_OBJECT_COMPOUNDS = _index((words_of(w), w) for w in _DATA["object_compounds"])
# (nouns whose second syllable opens a verb elsewhere: "công trình"; public, the
# assignment finder reads descriptions and name tails with them too)
OBJECT_COMPOUND_PAIRS = frozenset(words_of(w) for w in _DATA["object_compounds"])
_TRADE_NAME_KINDS = frozenset(("Công ty", "Hợp tác xã"))  # heads whose names are trade names
# heads whose trade names often open with what they do in lower case ("Hợp tác xã dịch vụ
# điện Quảng Phú"); after any other bare head such words are its verb ("Công ty thông báo …")
_DESCRIBED_TRADE_KINDS = frozenset(("Hợp tác xã",))
# offices, standing organs and Party committees of another body
_OFFICE_KINDS = frozenset(("Văn phòng", "Thường trực", "Đảng ủy"))
_ONE_WORD_HEADS = frozenset(
    words[0] for candidates in HEADS.values() for words, _ in candidates if len(words) == 1
)


def has_token(toks: list[Token], j: int) -> bool:
    """Is there a token ``j``: ``j < len(toks)``, except that a run of
    ``RegionTokens.run`` is built only as far as the scans ask, here.  (Every
    scan asks before it reads a token.)"""
    return j < len(toks) or (type(toks) is _Run and toks.reach(j))


def match_entry(index, toks: list[Token], i: int, fold: bool = False):
    """Longest entry of ``index`` whose words are the tokens from ``i``: (end index, value)."""
    if not has_token(toks, i):
        return None
    key = toks[i].text.casefold() if fold else toks[i].text
    for words, value in index.get(key, ()):
        n = len(words)
        if n == 1:
            return i + 1, value  # the key is the word
        if not has_token(toks, i + n - 1):
            continue
        # (the first word is the key; each next one is the entry's and on the same line:
        # a plain loop, this runs for every token a name may start at)
        for k in range(1, n):
            tok = toks[i + k]
            if (tok.text.casefold() if fold else tok.text) != words[k] or not _inline(tok):
                break
        else:
            return i + n, value
    return None


def level_at(toks: list[Token], i: int, fold: bool = False):
    """A level word from ``i`` (``huyện``, ``các xã``), unless the words there are a
    name word that merely starts like one (``Xã hội``)."""
    if not has_token(toks, i):
        return None
    folded = toks[i].text.casefold()
    if folded not in _NOT_LEVELS and (folded if fold else toks[i].text) not in _LEVEL_INDEX:
        return None  # (most words: no entry of either index starts with them)
    if match_entry(_NOT_LEVELS, toks, i, fold=True) is not None:
        return None
    return match_entry(_LEVEL_INDEX, toks, i, fold)


def _one_space(gap: str) -> bool:
    """Is ``gap`` one space, or a line break after a dash that ends a wrapped line
    (``Vụ Kế hoạch -`` / ``Tài chính``)?"""
    return gap == " " or gap.strip(" \t") == "\n"


def _dash_half(toks: list[Token], j: int) -> int:
    """How many syllables after the spaced dash at ``j`` are the second half of one
    name, rather than a second name set beside the first (``Hội Chăn nuôi Việt Nam -
    Hiệp hội …``, ``Văn phòng Trung ương Đảng - Cơ quan Thường trực …``): 2 when both
    halves are a capitalised syllable with its lower-case one (``Tài chính - Kế
    hoạch``, ``Văn hóa – Xã hội``), 1 when both are one capitalised syllable right after
    the head's lower-case one (``Bệnh viện Sản - Nhi tỉnh``), 0 otherwise. The second
    half is no title, nor a head word but as the third half that closes the name
    (``Phòng Lao động - Tiền lương - Bảo hiểm xã hội``) or one that names a body only
    with a level it lacks (``Công chức Văn phòng - Thống kê``), and no capitalised word follows
    it (a place may follow two syllables: ``Sở Quy hoạch - Kiến trúc Hà Nội``)."""
    # (a dash that opens a line is a bullet's: "Phòng Kinh tế" / "- Phối hợp …")
    if j < 2 or not has_token(toks, j + 1) or toks[j].gap != " ":
        return 0
    before, first = toks[j - 1], toks[j + 1]
    if not (before.is_word and toks[j - 2].is_word and first.is_word and first.capital):
        return 0
    if match_entry(_TITLES, toks, j + 1) is not None:
        return 0  # (… công chức Địa chính - Xây dựng - Tổ viên: a member's role, no half of a name)
    head = match_entry(HEADS, toks, j + 1)
    if head is not None and head[1].needs_level and level_at(toks, head[0]) is None:
        # (a head that names a body only with its level and has none here is a field, as
        # "Thống kê" of "Công chức Văn phòng - Thống kê", not "Chi cục Thống kê huyện")
        head = None
    if head is not None:
        # "Phòng Lao động - Tiền lương - Bảo hiểm xã hội có trách nhiệm …": the third half
        # of a dashed name may be a field that names a body elsewhere, whole and closing
        # the name (a lower-case word or no word after it); a body set beside a name is
        # never so joined to a dashed one
        end = head[0]
        chained = j >= 3 and toks[j - 3].text in ("-", "–") and toks[j - 3].gap == " "
        closes = not has_token(toks, end) or not _inline(toks[end]) or not toks[end].capital
        whole = not head[1].needs_name and all(_one_space(toks[k].gap) for k in range(j + 2, end))
        return end - j - 1 if chained and closes and whole and not before.capital else 0
    if before.capital and not toks[j - 2].capital:
        # "Bệnh viện Sản - Nhi": (no place after the second: "Sản - Hoàng Văn Thụ" reads
        # as a place of capitals)
        after = toks[j + 2] if has_token(toks, j + 2) else None
        one = (
            first.gap == " "
            and not first.all_caps
            and (after is None or not _inline(after) or not (after.is_word and after.capital))
        )
        return 1 if one else 0
    if before.capital or not toks[j - 2].capital or not has_token(toks, j + 2) or not _one_space(first.gap):
        return 0
    second = toks[j + 2]
    if not (first.text[0].isupper() and second.is_word and not second.capital and _inline(second)):
        return 0
    generic = match_entry(_GENERIC, toks, j + 1, fold=True)
    if generic is not None and generic[0] - j > 2:
        return 0  # "Sở Tài chính - Cơ quan thường trực …": what the body is, no half of its name
    after = toks[j + 3] if has_token(toks, j + 3) else None
    two = (
        after is None
        or not _inline(after)
        or not (after.is_word and after.capital)
        or _bare_place(toks, j + 3) is not None
        or _list_number(toks, j + 3)  # ("… Phòng Tài chính - Kế hoạch" / "1. Tham mưu …")
        # ("Điều 7. Trách nhiệm của Phòng Tài chính - Kế hoạch" / "Tham mưu UBND huyện …")
        or ("\n" in after.gap and after.text.lower() in _VERB_STARTS)
    )
    return 2 if two else 0


def _inline(tok: Token) -> bool:
    """Does ``tok`` follow its predecessor within a sentence (no blank line)?"""
    return tok.gap.count("\n") < 2


def _list_number(toks: list[Token], i: int) -> bool:
    """Is the number at ``i`` a list marker that opens the next line (``… Sở Giáo dục
    và\nĐào tạo**\n1. Quyết định …``), not a name's own number (``Quân khu 4``)?"""
    tok = toks[i]
    return (
        tok.text.isdigit() and "\n" in tok.gap and has_token(toks, i + 1) and toks[i + 1].text in (".", ")")
    )


def _name_word(tok: Token) -> bool:
    return tok.is_word and tok.capital and tok.text not in _STOP and tok.text not in _ONE_WORD_HEADS


def _verb_on_next_line(toks: list[Token], i: int) -> bool:
    """Does the capitalised word at ``i`` open the next line with a verb (``Bố
    trí``, ``Chỉ đạo``, ``Tham mưu``) after a name that did not end in a joiner
    (``Sở Nông nghiệp và`` / ``Phát triển nông thôn`` goes on)?"""
    if not ("\n" in toks[i].gap and toks[i].capital and i > 0 and toks[i - 1].text not in _NAME_JOINERS):
        return False
    word = toks[i].text.lower()
    # (or a verb of two syllables: "… Giám đốc Sở Tài chính" / "Ủy quyền cho …")
    pair = has_token(toks, i + 1) and _inline(toks[i + 1]) and f"{word} {toks[i + 1].text}" in _VERB_STARTS
    return word in _VERB_STARTS or pair


_NAME_JOINERS = frozenset({"và", ",", "-", "–", "&"})


def _stop_word_in_name(toks: list[Token], i: int) -> bool:
    """Is the stop word at ``i`` (one that opens a clause: ``Giao``) the first
    syllable of a name word of the data (``Giao thông``: Sở Giao thông vận tải)?"""
    return (
        toks[i].text in _STOP
        and has_token(toks, i + 1)
        and _inline(toks[i + 1])
        and (toks[i].text, toks[i + 1].text) in _NAME_WORDS
    )


def _head_in_name(toks: list[Token], i: int, depth: int) -> bool:
    """Is the one-word head at ``i`` a syllable of the name it stands in, as it
    names no body of its own (``Cục Báo chí``: no ``Báo`` is named)?"""
    tok = toks[i]
    return (
        tok.is_word
        and tok.capital
        and tok.text in _ONE_WORD_HEADS
        and tok.text not in _STOP
        and depth < 2
        and _named(toks, i, depth + 1) is None
    )


def _long_head_at(toks: list[Token], i: int) -> bool:
    """Does a head of several words start at ``i`` (``Ủy ban Kiểm tra``)?  After
    ``và`` it starts the next body of a list (``các Ban Xây dựng Đảng và Ủy ban
    Kiểm tra Tỉnh ủy``), not a syllable of the name before it."""
    head = match_entry(HEADS, toks, i)
    if head is None or head[0] - i < 2:
        return False
    # ("Ban Công nghệ thông tin và Thống kê hải quan": a head that names a body only with
    # its level after it, "Thống kê tỉnh", is a name word without one)
    return not head[1].needs_level or level_at(toks, head[0]) is not None


def _dashed_place_part(toks: list[Token], j: int) -> int:
    """How many syllables after the spaced dash at ``j`` are the rest of a place's name
    (``Xuân Hương - Đà Lạt``, the wards of 2025 named with their old city's; ``Tam
    Giang - Cồn Ngựa``, ``Hướng Hóa - Đakrông,``): two capitalised syllables and no
    capital after them, or one and no word, that open no head, title or generic noun
    (``tỉnh Lâm Đồng - Cơ quan thường trực …`` is an appositive); 0 when the dash opens
    no such part."""
    if not (
        has_token(toks, j + 1)
        and toks[j].text in ("-", "–")
        and toks[j].gap == " "
        and toks[j + 1].gap == " "
        and toks[j + 1].is_word
        and toks[j + 1].capital
        and toks[j + 1].text[0].isalpha()
        and not toks[j + 1].all_caps
    ):
        return 0
    if (
        match_entry(HEADS, toks, j + 1) is not None
        or title_at(toks, j + 1) is not None
        # (a rank after the place: "Công ty Điện lực Thái Nguyên - Phó Trưởng ban:")
        or match_entry(_TITLES, toks, j + 1) is not None
        or match_entry(_GENERIC, toks, j + 1, fold=True) is not None
    ):
        return 0
    if has_token(toks, j + 2) and toks[j + 2].is_word and toks[j + 2].capital and toks[j + 2].gap == " ":
        after = toks[j + 3] if has_token(toks, j + 3) else None
        return 0 if after is not None and after.is_word and after.capital and _inline(after) else 2
    # (one syllable closes the name: "Hướng Hóa - Đakrông,"; not "Bộ Công Thương - Nghị định")
    after = toks[j + 2] if has_token(toks, j + 2) else None
    return 1 if after is None or not after.is_word else 0


def _lower_word_after(toks: list[Token], j: int) -> bool:
    """Is the token after ``j`` a lower-case word on the same line?"""
    return has_token(toks, j + 1) and toks[j + 1].is_word and not toks[j + 1].capital and _inline(toks[j + 1])


def _stop_opens_place(toks: list[Token], i: int, j: int) -> bool:
    """Is the stop word at ``j`` the first syllable of a place right after its level
    word on the same line (``thị xã Từ Sơn``, ``Chi cục Thuế khu vực Từ Sơn - Yên
    Phong``)? A clause never opens there, after a level word and one space, with a
    capital after it; a line break before it may well be one's (``… tỉnh`` / ``Trong
    năm …``)."""
    return (
        j == i
        and toks[i].gap == " "
        and has_token(toks, i + 1)
        and toks[i + 1].is_word
        and toks[i + 1].capital
        and toks[i + 1].gap == " "
        and match_entry(HEADS, toks, i + 1) is None
    )


def proper_name_end(toks: list[Token], i: int) -> int:
    """End of a run of capitalised syllables (a place after a level word)."""
    j = i
    dashed = None  # where a spaced dash inside the place stands (a person's name holds none)
    while (
        has_token(toks, j)
        and toks[j].is_word
        and toks[j].capital
        and _inline(toks[j])
        # (a clause's first word ends the place, but for a later syllable of it that
        # opens nothing, no lower-case syllable after it: "huyện Năm Căn," — "Căn cứ")
        and (
            toks[j].text not in _STOP
            or j > i
            and not _lower_word_after(toks, j)
            or _stop_opens_place(toks, i, j)
        )
        # a head word that names no body is a syllable of the place (Hải Phòng)
        and (match_entry(HEADS, toks, j) is None or _named(toks, j) is None)
        # ("… các tỉnh, thành phố" / "Khẩn trương rà soát …": a task's first word on
        # the next line, no syllable of a place; "… và xã" / "Bảo Thắng có trách nhiệm
        # …": one a capital goes on from is a place's, as no verb is written so)
        and not (
            "\n" in toks[j].gap
            and toks[j].text.lower() in _VERB_STARTS
            and not (
                has_token(toks, j + 1)
                and toks[j + 1].is_word
                and toks[j + 1].capital
                and _inline(toks[j + 1])
            )
        )
        # ("UBND các xã, phường, thị trấn" / "Trực tiếp rà soát …": a capital that opens
        # a verb or an adverb with the lower-case syllable after it)
        and not (
            has_token(toks, j + 1)
            and toks[j + 1].text[:1].islower()
            and f"{toks[j].text.lower()} {toks[j + 1].text}" in _VERB_STARTS
        )
    ):
        j += 1
        if (
            has_token(toks, j)
            and toks[j].text == "-"
            and has_token(toks, j + 1)
            and toks[j + 1].capital
            and toks[j + 1].is_word
            and not toks[j].gap
            and not toks[j + 1].gap
        ):
            j += 1  # Bà Rịa-Vũng Tàu
        elif _dashed_place_part(toks, j):
            dashed = j if dashed is None else dashed
            j += 1  # "phường Xuân Hương - Đà Lạt" (2025): the old city's name after a dash
    if (
        (j if dashed is None else dashed) - i >= 3
        and toks[i].text in _SURNAMES
        and " ".join(t.text for t in toks[i : i + 3]) not in _PERSON_LIKE_PLACES
    ):
        return i  # a person after a title: Chủ tịch UBND huyện Nguyễn Đại Lượng
    return j


def _level(toks: list[Token], i: int) -> Optional[int]:
    """``huyện Việt Yên`` / ``tỉnh`` / ``Thành phố`` / ``các xã, thị trấn`` from ``i``: end index."""
    if not has_token(toks, i) or not _inline(toks[i]):
        return None
    if toks[i].text in ("các", "Các"):
        end = _generic_run(toks, i + 1, levels_only=True)
        # "UBND các tỉnh: Ninh Bình, Bắc Ninh", "UBND các tỉnh, thành phố: Tuyên Quang, …"
        return (_places(toks, end) or end) if end is not None else None
    found = level_at(toks, i)
    if found is None:
        return None
    end = found[0]
    if found[1] is None and has_token(toks, end) and toks[end].text.isdigit() and _inline(toks[end]):
        return end + 1  # "Ngân hàng nhà nước khu vực 8": a region is named by its number
    named_end = _places(toks, end)
    if named_end is not None:
        return named_end
    # "Ủy ban nhân dân phường, xã và đặc khu": a plural without "các"; "xã/phường":
    # alternatives
    while has_token(toks, end + 1) and toks[end].text in (",", "và", "/"):
        more = level_at(toks, end + 1, fold=True)
        if more is None or toks[end + 1].capital:
            break
        end = more[0]
    return end


def _bare_place(toks: list[Token], k: int) -> Optional[int]:
    """End of a place named without its level word as an item of a list of
    places (``Quảng Ngãi`` in ``các tỉnh Nghệ An, Quảng Ngãi``): capitalised
    syllables that are no head word, title or clause opener, two at least (a
    one-syllable place only when it is a province city: ``Huế``)."""
    if not (
        has_token(toks, k)
        and toks[k].is_word
        and toks[k].capital
        and _inline(toks[k])
        and title_at(toks, k) is None
        and toks[k].text not in _STOP
    ):
        return None
    end = proper_name_end(toks, k)
    if end - k >= 2 or (end - k == 1 and toks[k].text in PROVINCE_CITIES):
        return end
    return None


def _places(toks: list[Token], i: int) -> Optional[int]:
    """End of the places named after a level word at ``i`` (``tỉnh`` + ``Lâm
    Đồng``), a list of them included: ``Nghệ An, Quảng Ngãi, Cao Bằng``, after a
    colon (``các tỉnh: Ninh Bình, Bắc Ninh``), each with its own level word
    (``thành phố Hà Nội, thành phố Hồ Chí Minh và tỉnh Quảng Ninh``, ``Hà Nội
    và các tỉnh Bắc Ninh, Gia Lai``).  None when no place follows."""
    items = _place_items(toks, i)
    return items[-1][3] if items else None


def _place_range(toks: list[Token], i: int) -> int:
    """End of ``từ <place> đến <place>`` at ``i`` (``i`` when there is none)."""
    if not (has_token(toks, i) and toks[i].text == "từ" and _inline(toks[i])):
        return i
    first = proper_name_end(toks, i + 1) if has_token(toks, i + 1) and _inline(toks[i + 1]) else i + 1
    if first == i + 1 or not (
        has_token(toks, first + 1) and toks[first].text == "đến" and _inline(toks[first])
    ):
        return i
    last = proper_name_end(toks, first + 1) if _inline(toks[first + 1]) else first + 1
    return last if last > first + 1 else i


def _place_items(toks: list[Token], i: int) -> list[tuple[Optional[int], Optional[int], int, int]]:
    """The places of ``_places``: (level word start, end or None when the place
    borrows the list's level, name start, name end) token indexes."""
    j = i
    if has_token(toks, j) and toks[j].text == ":" and _inline(toks[j]):
        j += 1  # "các tỉnh: Ninh Bình, …": a colon list needs a bare place after it
        end = _bare_place(toks, j)
    else:
        end = proper_name_end(toks, j) if has_token(toks, j) and _inline(toks[j]) else j
        end = end if end > j else None
    if end is None:
        return []
    items: list[tuple[Optional[int], Optional[int], int, int]] = [(None, None, j, end)]
    while has_token(toks, end + 1) and toks[end].text in (",", "và") and _inline(toks[end + 1]):
        k = end + 1
        if toks[end].text == "," and toks[k].text == "và" and has_token(toks, k + 1):
            k += 1
        at = k + 1 if toks[k].text in ("các", "Các") and has_token(toks, k + 1) else k
        level = level_at(toks, at, fold=True)
        if level is not None and has_token(toks, level[0]) and _inline(toks[level[0]]):
            named = proper_name_end(toks, level[0])
            if named <= level[0]:
                break  # "UBND tỉnh, Thành phố, các cấp": a level alone is no place
            items.append((at, level[0], level[0], named))
            end = named
            continue
        bare = _bare_place(toks, k) if at == k else None
        if bare is None:
            break
        items.append((None, None, k, bare))
        end = bare
    return items


def place_list(toks: list[Token], i: int) -> Optional[tuple[list[str], list[tuple[Optional[str], str]], int]]:
    """A list of places from its level word at ``i`` (``các tỉnh, thành phố:
    Tuyên Quang, Hồ Chí Minh``, ``thành phố Hà Nội, thành phố Hải Phòng``): the
    level words it opens with, each place as (its own level word or None, its
    name), and the end index.  None when fewer than two places are named."""
    if not has_token(toks, i):
        return None
    if toks[i].text in ("các", "Các"):
        levels_end = _generic_run(toks, i + 1, levels_only=True)
        levels_from = i + 1
    else:
        found = level_at(toks, i, fold=True)
        levels_end, levels_from = (found[0] if found else None), i
    if levels_end is None:
        return None
    items = _place_items(toks, levels_end)
    if len(items) < 2:
        return None
    levels = [
        " ".join(t.text for t in toks[k : level_at(toks, k, fold=True)[0]])
        for k in range(levels_from, levels_end)
        if level_at(toks, k, fold=True) is not None and (k == levels_from or toks[k - 1].text in (",", "và"))
    ]

    def words(a: int, b: int) -> str:
        return " ".join(t.text for t in toks[a:b])

    places = [(words(a, b) if a is not None else None, words(c, d)) for a, b, c, d in items]
    return levels, places, items[-1][3]


# Corporations name their fields with a spaced dash and go on in capitals.
_DASHED_NAME_KINDS = frozenset({"Tập đoàn", "Công ty"})
_CAPITAL_LEVELS = frozenset({"Thành", "Tỉnh", "Huyện", "Xã", "Phường"})


def _class_acronym(token: Token) -> bool:
    """Is ``token`` an abbreviation that classes the generic noun before it (``trường
    THPT``, ``trung tâm GDNN-GDTX``): in capitals, on the noun's line, no head or level
    word of its own (``UBND``, ``TP``)?"""
    return (
        token.all_caps
        and _inline(token)
        and token.text not in _ONE_WORD_HEADS
        and (token.text,) not in LEVELS
    )


def _generic_run(
    toks: list[Token], i: int, levels_only: bool = False, opening: bool = False
) -> Optional[int]:
    """Generic nouns separated by commas/và after ``các``: ``cơ quan, ban, ngành``.
    ``opening``: the first noun opens the mention (``Sở, ban, ngành thuộc …`` at
    the start of a paragraph), so it need not follow a token on its line."""
    end = None
    last = j = i  # (last: where the last noun of the run starts)
    classed = False  # a noun of the run is a school's, or its kind is written in acronyms
    while has_token(toks, j):
        if levels_only:
            found = level_at(toks, j, fold=True)
        elif match_entry(_NOT_GENERIC, toks, j, fold=True) is not None:
            found = None  # "các trường hợp", "cơ sở dữ liệu"
        else:
            found = match_entry(_GENERIC, toks, j, fold=True)
            if found is not None and toks[j].capital:
                # "Chủ tịch Hội đồng chủ trì …": a longer head word (Hội đồng) is no generic noun (hội)
                head = match_entry(HEADS, toks, j)
                if head is not None and head[0] > found[0]:
                    found = None
        if found is None and classed and j > i and _inline(toks[j]) and _class_acronym(toks[j]):
            # "các trường THPT, PTDTNT THPT", "… tiểu học, PTDTBT Tiểu học và THCS": one
            # more kind of the noun left out, in acronyms, a level of schooling after them
            k = j
            while has_token(toks, k) and _inline(toks[k]) and _class_acronym(toks[k]):
                k += 1
            level = match_entry(_GENERIC, toks, k, fold=True)
            if level is not None and _inline(toks[k]) and level[1] in _ACRONYM_CLASSED:
                k = level[0]
            last, end, j = j, k, k
        else:
            if found is None or not (_inline(toks[j]) or opening and j == i):
                break
            if (
                not levels_only
                and toks[j].capital
                and toks[j].text.casefold() in ("sở", "bộ", "phòng", "ban")
                and has_token(toks, j + 1)
                and toks[j + 1].is_word
                and toks[j + 1].capital
            ):
                break  # "các Sở Nội vụ": a named body, not a generic noun
            last, end, j = j, found[0], found[0]
            classed = classed or not levels_only and found[1] in _ACRONYM_CLASSED
            if not levels_only and has_token(toks, j) and _class_acronym(toks[j]):
                end = j = j + 1  # "các trường THPT", "các trung tâm GDNN-GDTX": the nouns' class
                while (
                    has_token(toks, j + 1)
                    and toks[j].text == "-"
                    and not toks[j].gap
                    and not toks[j + 1].gap
                    and _class_acronym(toks[j + 1])
                ):
                    end = j = j + 2
                classed = True
        # A separator followed by another generic noun continues the run.
        k = j
        if has_token(toks, k) and toks[k].text in (",", "và") and has_token(toks, k + 1):
            k += 1
            if toks[k].text in ("các",) and has_token(toks, k + 1):
                k += 1
            probe = level_at(toks, k, fold=True) if levels_only else match_entry(_GENERIC, toks, k, fold=True)
            # (a head word that names no body here is a generic noun: "các Tập đoàn,
            # Tổng công ty, đơn vị liên quan")
            # ("các tỉnh ủy, thành ủy": a head that is no more than the generic noun is one)
            if (
                probe is not None
                and ((named := _named(toks, k)) is None or named <= probe[0])
                and not _titled_item(toks, k)
            ):
                j = k
                continue
            if probe is None and classed and _inline(toks[k]) and _class_acronym(toks[k]):
                j = k
                continue
        break
    if end is None:
        return None
    if not levels_only and toks[i].text.casefold() in _COLON_LIST_NOUNS:
        # "các Bộ, cơ quan: Tài chính, Xây dựng, Nông nghiệp và Môi trường": the names of
        # the plural's members after a colon, as after "các Sở:"
        listed = _colon_names(toks, end)
        if listed is not None:
            return listed
    if not levels_only and level_at(toks, last, fold=True) is not None:
        # "các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng": levels over the places they name
        places = _places(toks, end)
        if places is not None:
            return places
    # "các cơ quan, đơn vị có liên quan", "UBND các tỉnh, thành phố trực thuộc Trung ương"
    while True:
        tail = match_entry(_TAILS, toks, end)
        if tail is None:
            break
        owner = _owner_end(toks, end, _LINKS) if not levels_only else None
        if owner is not None and owner > tail[0]:
            # "các đơn vị thuộc Sở Y tế": the owner named whole, not the tail "thuộc Sở";
            # "các bệnh viện trực thuộc Bộ": by its head alone, not the tail "trực thuộc"
            return owner
        end = tail[0]
    if levels_only or level_at(toks, last, fold=True) is not None:
        # "các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm Đồng": the places a plural
        # of levels spans
        end = _place_range(toks, end)
    if not levels_only:
        owner = _owner_end(toks, end, _LINKS)
        if owner is not None:
            return owner
        # "các sở, ban, ngành tỉnh", "các cơ quan, ban, ngành huyện Việt Yên", and a
        # capitalised level word alone ("các Sở, ban, ngành Thành phố").
        if (
            has_token(toks, end)
            and toks[end].text not in ("các", "Các")
            and (not toks[end].capital or toks[end].text in _CAPITAL_LEVELS)
        ):
            level = _level(toks, end)
            if level is not None:
                end = level
    return end if levels_only else _ranked(toks, end)


_COLON_LIST_NOUNS = frozenset(("bộ", "sở"))  # generic plurals whose members a colon may name


def _colon_names(toks: list[Token], end: int) -> Optional[int]:
    """The end of the names listed after a colon at ``end`` (``: Tài chính, Xây dựng,
    Nông nghiệp và Môi trường``): capitalised words, each with at most one lower-case
    syllable that opens no verb, an official name holding a comma whole, joined by
    commas and ``và``; None when no name follows the colon."""
    if not (
        has_token(toks, end) and toks[end].text == ":" and _inline(toks[end]) and _name_word_at(toks, end + 1)
    ):
        return None
    j = end + 1
    while True:  # (each turn starts at a name word)
        comma_name = match_entry(_COMMA_NAMES, toks, j, fold=True)
        if comma_name is not None:
            j = comma_name[0]
        while _name_word_at(toks, j):
            j += 1
            if (
                has_token(toks, j)
                and toks[j].is_word
                and not toks[j].capital
                and _inline(toks[j])
                and toks[j].text not in _VERB_STARTS
            ):
                j += 1
        if (
            has_token(toks, j + 1)
            # (";" between the names too: "các Bộ: Nông nghiệp và Môi trường; Xây dựng; …")
            and toks[j].text in (",", "và", ";")
            and _name_word_at(toks, j + 1)
            and match_entry(HEADS, toks, j + 1) is None  # ("…, Ngoại giao; Tập đoàn Điện lực Việt Nam")
        ):
            j += 1
            continue
        return j


def bare_head_at(toks: list[Token], i: int) -> Optional[int]:
    """A body's head word alone, capitalised, with no name after it: the issuing body
    as documents write their own name after ``thuộc``/``của`` (``đơn vị sự nghiệp
    thuộc Bộ``, ``các phòng thuộc Cục``), or a body named in full earlier and again by
    its head (``Hội đồng họp định kỳ …``).  Its end index, or None when a name follows
    the head or the head names a body alone."""
    found = match_entry(HEADS, toks, i)
    if found is None or not found[1].needs_name or not toks[i].capital or toks[i].all_caps:
        return None
    after = found[0]
    if has_token(toks, after) and toks[after].is_word and toks[after].capital and _inline(toks[after]):
        return None
    return after


def head_without_name(toks: list[Token], i: int) -> bool:
    """Is the word at ``i`` a head that names a body only with a name, and none follows
    (``công chức, viên chức``, ``lực lượng chức năng``: people and forces in general,
    where ``công chức Tư pháp - Hộ tịch`` names a post)?"""
    found = match_entry(HEADS, toks, i)
    return found is not None and found[1].needs_name and _named(toks, i) is None


def _ranked(toks: list[Token], end: int) -> int:
    """``end`` moved over the groups or classes a body is ranked in (``đơn vị sự
    nghiệp … nhóm 1, nhóm 2``, ``bệnh viện hạng I``): a word of ``rank_words`` and
    its number, repeated after ``,``/``và``/``hoặc``."""
    while (
        has_token(toks, end + 1) and toks[end].text.casefold() in _RANK_WORDS and _rank_number(toks[end + 1])
    ):
        end += 2
        if (
            has_token(toks, end + 2)
            and toks[end].text in (",", "và", "hoặc")
            and toks[end + 1].text.casefold() in _RANK_WORDS
            and _rank_number(toks[end + 2])
        ):
            end += 1
            continue
        break
    return end


def _rank_number(token: Token) -> bool:
    return token.text.isdigit() or bool(_ROMAN.fullmatch(token.text))


def _titled_item(toks: list[Token], k: int) -> bool:
    """Is the list item at ``k`` an office title over a body of its own
    (``Giám đốc các sở, Thủ trưởng các ban, ngành``)?  Then it is the next
    mention of the list, not one more generic noun of this one: a title noun
    (``thủ trưởng``) is generic only when it stands alone."""
    title_end = title_at(toks, k)
    return (
        title_end is not None
        and has_token(toks, title_end)
        and toks[title_end].is_word
        and _inline(toks[title_end])
    )


def _named(toks: list[Token], i: int, depth: int = 0) -> Optional[int]:
    """A head-word body from ``i``: its end index, or None."""
    found = match_entry(HEADS, toks, i)
    if found is None or depth > 2:
        return None
    j, head = found
    # (a name in capitals, "BỘ TÀI CHÍNH"; not an abbreviated head before a name in lower
    # case, "BCĐ Trung ương")
    caps_mode = (
        toks[i].all_caps
        and len(toks[i].text) > 1
        and head.kind not in ("UBND", "HĐND", "MTTQ")
        and (j > i + 1 or not has_token(toks, j) or toks[j].all_caps or not toks[j].capital)
    )
    has_name = False
    if not caps_mode and head.needs_name and head.words[-2:] in _TRANSITIVE_NAME_WORDS:
        # "Ban Quản lý" + "rủi ro", + "dự án" (Đường sắt): a head that ends with a
        # transitive verb takes its object as its name
        taken = _object_run(toks, j)
        if taken > j:
            j, has_name = taken, True
    if head.kind == "Công ty" and not caps_mode:
        # "Công ty cổ phần Dịch vụ Logistics Tân Thanh": the legal form, written in lower
        # case, stands between the head and the name in capitals, which it still needs
        form = match_entry(_COMPANY_FORMS, toks, j)
        if (
            form is not None
            and has_token(toks, form[0])
            and _name_word(toks[form[0]])
            and _inline(toks[form[0]])
        ):
            j = form[0]
    # "các Sở: Dân tộc và Tôn giáo, Nội vụ" — a list of names after a colon.
    colon_list = False
    if (
        has_token(toks, j)
        and toks[j].text == ":"
        and head.needs_name
        and has_token(toks, j + 1)
        and _name_word(toks[j + 1])
    ):
        j += 1
        colon_list = True
    # An official name that holds a comma ("Văn hóa, Thể thao và Du lịch") is one name.
    # (also after a head that needs no name: "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn")
    comma_name = match_entry(_COMMA_NAMES, toks, j, fold=True)
    if comma_name is not None:
        j, has_name = comma_name[0], True
    # A name word is a capitalised syllable with at most one lower-case syllable
    # after it (Nội vụ); two capitals in a row are one word (Công Thương) and
    # take none.
    bare_capital = False
    served = False
    if head.kind in _OFFICE_KINDS and has_token(toks, j) and not toks[j].capital and _inline(toks[j]):
        # "Văn phòng các tỉnh ủy, thành ủy", "Thường trực các tỉnh ủy", "Ban thường vụ cấp
        # ủy cấp tỉnh", "Văn phòng cấp ủy cấp xã": the office of the body a generic noun
        # names (of each, after "các"), one mention as "Giám đốc các Sở" is
        owner = _generic_run(toks, j + 1 if toks[j].text == "các" else j)
        if owner is not None:
            return owner
    if head.kind == "Văn phòng" and depth < 2 and has_token(toks, j):
        # "Văn phòng Ủy ban nhân dân tỉnh": the body the office serves, named at once
        nested = _named(toks, j, depth + 1)
        if nested is not None:
            j, has_name, served = nested, True, True
    while not served and has_token(toks, j) and _inline(toks[j]):
        tok, at = toks[j], j
        if level_at(toks, j) is not None:
            break  # "UBND Thành phố", "Công an Tỉnh": a level, handled below
        if not has_name and not head.needs_name and len(head.words) > 1:
            # "Ban chỉ đạo phòng thủ dân sự quốc gia": a head that needs no name may
            # still take lower-case name syllables of the data
            cont = match_entry(_CONTINUATIONS, toks, j)
            if (
                cont is None
                and tok.text == "các"
                and has_token(toks, j + 1)
                and _inline(toks[j + 1])
                and level_at(toks, j + 1) is None  # ("Ủy ban nhân dân các thành phố: …": levels, below)
            ):
                # ("Ban quản trị các nhà chung cư": the board of each)
                cont = match_entry(_CONTINUATIONS, toks, j + 1)
            if cont is not None:
                j = cont[0]
                continue
        if not has_name and not head.needs_name and depth < 2 and _long_head_at(toks, j):
            # "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": an office of the
            # body named right after it, not a name of its own
            nested = _named(toks, j, depth + 1)
            if nested is not None:
                j, has_name = nested, True
                break
        if has_name and _verb_on_next_line(toks, j):
            break  # "2. Sở Tài chính" / "Bố trí kinh phí …": a heading's name, its task below
        if (
            (_name_word(tok) or _stop_word_in_name(toks, j))
            and not _list_number(toks, j)
            or _head_in_name(toks, j, depth)
        ):
            j += 1
            has_name = True
            if tok.all_caps and not caps_mode:
                bare_capital = False
                continue  # an abbreviation takes no lower-case syllable after it
            took = False
            if (
                not bare_capital
                and tok.text not in _SINGLE_WORDS
                and has_token(toks, j)
                and toks[j].is_word
                and not toks[j].capital
                and _inline(toks[j])
                and not caps_mode
                and level_at(toks, j) is None
                and (
                    toks[j].text not in _VERB_STARTS
                    or (tok.text, toks[j].text) in _NAME_WORDS
                    # ("Cục Đăng kiểm Việt Nam": the country closes the name, no verb's object)
                    or _national(toks, j + 1)
                )
                # ("Cục Thuế thông báo …": a verb of two syllables, "thông báo", opens there)
                and (
                    (tok.text, toks[j].text) in _NAME_WORDS
                    or not (has_token(toks, j + 1) and f"{toks[j].text} {toks[j + 1].text}" in _VERB_STARTS)
                )
                and match_entry(_CONTINUATIONS, toks, j) is None
            ):
                j += 1
                took = True
            field = _FIELD_CONTINUATIONS.get((tok.text, toks[at + 1].text)) if took else None
            if field is not None:
                # "Giáo dục" + "thường xuyên": a field whose own lower-case words open an
                # adverb elsewhere ("Sở Y tế thường xuyên kiểm tra …")
                run = match_entry(field, toks, j)
                if run is not None:
                    j = run[0]
            cont = match_entry(_CONTINUATIONS, toks, j) if not _ends_with_province(toks, j, i) else None
            if cont is not None:
                j = cont[0]
                took = True
                # ("Cục Chuyển đổi số" + "quốc gia", "Ủy ban An toàn giao thông" + "quốc
                # gia": a name's lower-case words may run over two runs of the data)
                more = match_entry(_CONTINUATIONS, toks, j)
                if more is not None:
                    j = more[0]
            elif not caps_mode and (at == found[0] or all(toks[k].all_caps for k in range(found[0], at))):
                # "Phòng Quản lý đô thị", "Tổng công ty Truyền tải điện quốc gia": a name
                # word that is a transitive verb, right after the head, takes its object
                # (not a later one: "Sở Giáo dục và Đào tạo" is whole; nor past a
                # continuation of the data, whole too: "Quỹ Bảo vệ môi trường" + "tài trợ";
                # after the abbreviations of a legal form, yes: "Công ty TNHH MTV Vận hành
                # hệ thống điện …")
                if not took and has_token(toks, j) and (tok.text, toks[j].text) in _TRANSITIVE_NAME_WORDS:
                    j, took = j + 1, True
                if took and (tok.text, toks[at + 1].text) in _TRANSITIVE_NAME_WORDS:
                    j = _object_run(toks, j)
            bare_capital = not took and not bare_capital
            continue
        bare_capital = False
        if (
            colon_list
            and tok.text in (",", ";")
            and has_token(toks, j + 1)
            and _name_word(toks[j + 1])
            and (tok.text == "," or match_entry(HEADS, toks, j + 1) is None and title_at(toks, j + 1) is None)
        ):
            j += 1  # "các Sở: Dân tộc và Tôn giáo, Nội vụ"; "các Bộ: Nông nghiệp và Môi trường; Xây dựng"
            continue
        if tok.text in ("và", "&", "-", "–") and has_token(toks, j + 1) and has_name:
            nxt = toks[j + 1]
            spaced = bool(tok.gap) or bool(nxt.gap)
            half = _dash_half(toks, j) if tok.text in ("-", "–") and spaced else 0
            if not half and toks[j - 1].capital and toks[j - 2].is_word and toks[j - 2].capital:
                # "Ban Quản lý rừng phòng hộ Tam Giang - Cồn Ngựa": a place named with a dash
                # closing the name, as after a level word
                half = _dashed_place_part(toks, j)
            if half:
                j += 1 + half  # "Tài chính - Kế hoạch", "Bệnh viện Sản - Nhi": the dash and the second half
                continue
            if (
                tok.text in ("-", "–")
                and head.kind in _DASHED_NAME_KINDS
                and _name_word(nxt)
                and match_entry(HEADS, toks, j + 1) is None
                # (a rank after the name: "Công ty Điện lực Thái Nguyên - Phó Trưởng ban:")
                and match_entry(_TITLES, toks, j + 1) is None
            ):
                j += 1  # "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"
                continue
            if (
                _name_word(nxt)
                and _inline(nxt)
                and not (tok.text in ("-", "–") and spaced and not nxt.all_caps)
                and not (tok.text == "và" and _long_head_at(toks, j + 1))
            ):
                j += 1
                continue
            break
        # "Văn phòng UBND huyện", and an office's own name before its body's
        # ("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia").
        if (not has_name or head.kind == "Văn phòng") and depth < 2:
            nested = _named(toks, j, depth + 1)
            if nested is not None:
                j = nested
                has_name = True
                break
        break
    if head.kind == "Văn phòng" and has_name and depth < 2:
        j = _joint_office_end(toks, found[0], j, depth)
    # "Trung tâm Kiểm soát bệnh tật tỉnh", "Ban Quản lý dự án đầu tư xây dựng
    # huyện": lower-case syllables of the name up to a level word that ends it.
    run_end = _lower_run_to_level(toks, j) if has_name or len(head.words) > 1 else None
    if run_end is not None:
        j = run_end
        has_name = True
    elif (
        head.kind in _TRADE_NAME_KINDS and (has_name or head.kind in _DESCRIBED_TRADE_KINDS) and not caps_mode
    ):
        # "Công ty Cổ phần siêu thị Sài Gòn": a trade name runs over lower-case common
        # nouns up to its capitalised words, from the head too ("Hợp tác xã dịch vụ
        # điện Quảng Phú"; no verb, no number among them: "Hợp tác xã năm 2023")
        named_at = _lower_run_to_name(toks, j)
        if named_at is not None and (
            has_name
            or not any(
                toks[k].text in _VERB_STARTS or not toks[k].text[:1].isalpha() for k in range(j, named_at)
            )
        ):
            j, has_name = named_at, True
    elif has_name and not caps_mode:
        # "Cục Đầu tư nước ngoài", "Trung tâm Dịch vụ nông nghiệp" + "hướng dẫn …": the
        # lower-case words of a name's field, up to the verb after the body
        j = _lower_run_to_verb(toks, j, head.kind in _FIELD_KINDS) or j
    if head.needs_name and not has_name:
        # "Sở" alone is no body; "Phòng" + level is not one either.
        return None
    # A level after the name: "UBND huyện Việt Yên", "Phòng Nội vụ huyện".
    level_end = _level(toks, j)
    if level_end is not None and level_end > j:
        return level_end
    if head.needs_level:
        return None
    if head.kind == "Ban" and has_name and depth < 2 and has_token(toks, j) and _inline(toks[j]):
        # "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh": a council's committee named
        # with its council, one body
        council = match_entry(HEADS, toks, j)
        if council is not None and council[1].kind == "HĐND":
            nested = _named(toks, j, depth + 1)
            if nested is not None:
                return nested
    # "Hội đồng Thi đua - Khen thưởng các cấp", "UBND các cấp": the body at every level
    every = match_entry(_EVERY_LEVEL, toks, j)
    if every is None:
        return j
    # "Ủy ban Mặt trận Tổ quốc Việt Nam các cấp thành phố Hà Nội": every level of a place
    place = _level(toks, every[0]) if has_token(toks, every[0]) and not toks[every[0]].capital else None
    if place is None and has_token(toks, every[0]) and toks[every[0]].text in _CAPITAL_LEVELS:
        # "… các cấp Thành phố (Hà Nội)": a capitalised level word, alone the issuer's own place
        own = level_at(toks, every[0])
        if own is not None and _inline(toks[every[0]]):
            named = _level(toks, every[0]) if _name_word_at(toks, own[0]) else own[0]
            if named is not None:
                return named
    return place if place is not None and place > every[0] + 1 else every[0]


_JOINT_KINDS = frozenset(("HĐND", "UBND"))  # the bodies one office may serve together


def _joint_office_end(toks: list[Token], owner: int, end: int, depth: int) -> int:
    """Where the name of an office ends when it serves a council and a committee
    together (``Văn phòng HĐND và UBND xã``, ``Văn phòng HĐND - UBND cấp xã``,
    ``Văn phòng Đoàn ĐBQH và HĐND tỉnh``): one office, the place after the last body
    being the place of all.  An owner with a place of its own (``Văn phòng UBND tỉnh
    và UBND cấp xã``) ends the office's name: what follows is the next body of a list.
    ``owner``: where the office's owner starts; ``end``: where it ends."""
    if not has_token(toks, end + 1) or toks[end].text not in ("và", "-", "–") or not _inline(toks[end + 1]):
        return end
    if any(level_at(toks, k) is not None for k in range(owner, end)):
        return end
    served = match_entry(HEADS, toks, owner)
    delegation = (
        toks[owner].text == "Đoàn" and has_token(toks, owner + 1) and toks[owner + 1].text in ("ĐBQH", "đại")
    )
    if not delegation and (served is None or served[1].kind not in _JOINT_KINDS):
        return end  # ("Văn phòng Tỉnh ủy và UBND tỉnh": two offices' owners, two bodies)
    partner = match_entry(HEADS, toks, end + 1)
    if partner is None or partner[1].kind not in _JOINT_KINDS:
        return end
    nested = _named(toks, end + 1, depth + 1)
    return end if nested is None else nested


def _name_word_at(toks: list[Token], i: int) -> bool:
    return has_token(toks, i) and _inline(toks[i]) and _name_word(toks[i])


def _national(toks: list[Token], i: int) -> bool:
    """Do the tokens from ``i`` read ``Việt Nam``, inline?"""
    return (
        has_token(toks, i + 1)
        and toks[i].text == "Việt"
        and toks[i + 1].text == "Nam"
        and _inline(toks[i])
        and _inline(toks[i + 1])
    )


def _lower_run_to_name(toks: list[Token], i: int) -> Optional[int]:
    """End of a short run of lower-case syllables from ``i`` and the capitalised
    name words right after it (``siêu thị Sài Gòn``); None when no name word
    closes the run, or the run may be the verb after the body (``Công ty X hướng
    dẫn Công ty Y``: a verb start, a break word, another body)."""
    j = i
    while has_token(toks, j) and j - i < _LOWER_RUN_MAX and _inline(toks[j]) and toks[j].is_word:
        if toks[j].capital:
            break
        # (a verb opens the run, or is no word of it: "công trình" holds "trình")
        if (
            toks[j].text in _RUN_BREAKS
            or j == i
            and toks[j].text in _VERB_STARTS
            or level_at(toks, j) is not None
        ):
            return None
        j += 1
    if j == i or not has_token(toks, j) or not _inline(toks[j]) or not _name_word(toks[j]):
        return None
    if match_entry(HEADS, toks, j) is not None or title_at(toks, j) is not None:
        return None
    first = j
    while (
        has_token(toks, j)
        and _inline(toks[j])
        and (
            _name_word(toks[j])
            # a place whose last syllable is a head word (Hải Phòng, Hội An … Hội)
            or j > first
            and toks[j].capital
            and toks[j].text in _ONE_WORD_HEADS
            and not _name_word_at(toks, j + 1)
        )
    ):
        j += 1
    return j


def _object_run(toks: list[Token], i: int) -> int:
    """End of the object of a transitive name word that ends at ``i`` (``Quản lý`` +
    ``giá và công sản``): lower-case syllables on its line, none a verb start, a
    break word or one of ``object_stops`` (``và``, ``về``, ``các`` only between two of
    them, a verb start only inside a noun of ``object_compounds``), at most
    ``object_max``, closed by a verb, a mark, a level, a capital or the end of the
    run; ``i`` when there is none or the syllables run on past the most an object
    takes (a clause, not a name)."""
    j, taken = i, 0
    while has_token(toks, j) and _inline(toks[j]) and toks[j].is_word and not toks[j].capital:
        if level_at(toks, j) is not None:
            break
        word = toks[j].text
        if word in _OBJECT_LINKS and taken and has_token(toks, j + 1) and _object_word(toks, j + 1):
            # "giá và công sản", "về chất lượng công trình", "các công trình giao thông": a
            # conjunction, preposition or plural between two of the object's words
            j += 1
            continue
        # (a compound only inside the object: "xây dựng" right after "Kiểm soát" is the verb)
        compound = match_entry(_OBJECT_COMPOUNDS, toks, j) if taken else None
        if compound is not None:
            step = compound[0] - j  # ("công trình", "xây dựng": a noun whose syllable opens a verb elsewhere)
        elif taken and (toks[j - 1].text, word) in OBJECT_COMPOUND_PAIRS:
            step = 1  # (its second syllable, after the first was taken: "công" + "trình")
        elif _object_word(toks, j):
            step = 1
        else:
            break
        if taken + step > _OBJECT_MAX:
            return i
        j, taken = j + step, taken + step
    return j if taken else i


def _object_word(toks: list[Token], j: int) -> bool:
    tok = toks[j]
    return (
        _inline(tok)
        and tok.is_word
        and not tok.capital
        and tok.text not in _VERB_STARTS
        and tok.text not in _RUN_BREAKS
        and tok.text not in _OBJECT_STOPS
        and level_at(toks, j) is None
    )


def _lower_run_to_verb(toks: list[Token], i: int, fields: bool = False) -> Optional[int]:
    """End of a short run of lower-case name syllables from ``i`` (a field of the
    name: ``nước ngoài``, ``văn hóa``, ``nông nghiệp``) when the verb after the body
    follows it; None otherwise.  Only a verb start of the data closes the run: a mark,
    the end of a line or a word the data does not know may follow an unknown verb
    (``Sở Y tế chuẩn bị, …``), no name's word; the run is read as a transitive name
    word's object is (``_object_run``), so it holds no verb start, break word or object
    stop (``Bộ Y tế hằng năm báo cáo …``, ``… trực tiếp chỉ đạo …``).  With ``fields``
    (a head of ``field_kinds``), a field opened by ``về`` runs as long as an object may."""
    if not has_token(toks, i) or toks[i].text in _VERB_OPENERS:
        return None  # ("Bộ Tài chính quan tâm chỉ đạo …": a verb, not a field)
    if fields and toks[i].text == _FIELD_OPENER and has_token(toks, i + 1) and _object_word(toks, i + 1):
        # "Cục Giám định nhà nước về chất lượng công trình xây dựng", "Ủy ban Quốc gia về
        # người cao tuổi": a field the name opens with "về", as long as an object runs
        # (when its head is one of ``field_kinds``: "Bộ Tài chính về nội dung …" names none)
        j = _object_run(toks, i + 1)
        if j == i + 1:
            return None
    else:
        j = _object_run(toks, i)
        if j == i or j - i > _NAME_TAIL_MAX:
            return None
    if not has_token(toks, j):
        return None
    closer = toks[j]
    if not (_inline(closer) and closer.is_word and closer.text in _VERB_STARTS):
        return None
    if closer.text in _RUN_BREAKS and match_entry(_MODAL_CLOSERS, toks, j) is None:
        return None  # (a break word closes the run only as a modal: Cục Đầu tư nước ngoài có trách nhiệm)
    return j


def _lower_run_to_level(toks: list[Token], i: int) -> Optional[int]:
    """End of a short run of lower-case name syllables from ``i`` when a level
    word closing a name (``tỉnh``, ``huyện``) follows it; None otherwise.  The
    verb after a body never starts such a run (``Sở Y tế hướng dẫn xã``)."""
    j = i
    while (
        has_token(toks, j)
        and j - i <= _LOWER_RUN_MAX
        and _inline(toks[j])
        and toks[j].is_word
        and not toks[j].capital
    ):
        if level_at(toks, j) is not None:
            break
        if (
            toks[j].text in _RUN_BREAKS
            or match_entry(_RUN_VERBS, toks, j) is not None
            or (
                j == i
                and (toks[j].text in _VERB_STARTS or match_entry(_CONTINUATIONS, toks, j) is not None)
                # (the second syllable of a capitalised noun opens no verb: "Ban Chỉ đạo
                # Chương trình mục tiêu quốc gia tỉnh", not "trình" of "trình Ủy ban …")
                and (j == 0 or (toks[j - 1].text.lower(), toks[j].text) not in OBJECT_COMPOUND_PAIRS)
            )
        ):
            return None
        j += 1
    if j == i or j - i > _LOWER_RUN_MAX:
        return None
    for closer in _RUN_CLOSERS:
        if all(has_token(toks, j + k) and toks[j + k].text == word for k, word in enumerate(closer)):
            return j + len(closer)  # ("… Xuất khẩu thủy sản Việt Nam": the country closes the name)
    level = level_at(toks, j)
    if level is None or " ".join(t.text for t in toks[j : level[0]]) not in _RUN_LEVELS:
        return None
    return j


def generic_at(toks: list[Token], i: int) -> Optional[int]:
    """End index of a generic body written without ``các`` (``Sở, ban, ngành thuộc
    UBND Thành phố``, ``Cơ quan thanh tra``): not a mention by itself — such words
    are everywhere in running text —, only a subject where a clause opens and a
    role or modal verb follows (the assignment finder checks that)."""
    found = match_entry(_GENERIC, toks, i, fold=True) if has_token(toks, i) else None
    if found is None or found[1] in _PLURAL_ONLY:
        return None
    return _generic_run(toks, i, opening=True)


def title_at(toks: list[Token], i: int) -> Optional[int]:
    found = match_entry(_TITLES, toks, i)
    return found[0] if found else None


# the head words of titles that name a leadership board (Ban Giám đốc, Ban Giám hiệu):
# with no body after the title, the board is named as a body
_BOARD_TITLE_HEADS = frozenset(("Ban",))


def body_at(toks: list[Token], i: int) -> Optional[int]:
    """End index of the body mention starting at token ``i``, or None."""
    if not has_token(toks, i) or not toks[i].is_word:
        return None
    j = i
    if _all_of(toks, j):
        # "Tất cả lực lượng, phương tiện …", "tất cả các cơ quan, đơn vị": a plural as "các" makes one
        j += 2
        if has_token(toks, j) and toks[j].text == "các":
            j += 1
        return _generic_run(toks, j)
    if toks[j].text in ("từng", "Từng") and has_token(toks, j + 1) and _inline(toks[j + 1]):
        # "từng bộ, ngành, địa phương phải …": each of them, as "các" names them all
        return _generic_run(toks, j + 1)
    title_end = title_at(toks, j)
    found = _titled_body(toks, i, title_end)
    if found is None and title_end is not None:
        # "Trưởng Ban Chỉ đạo": the longest title ("Trưởng Ban") leaves no body after
        # it, a shorter one ("Trưởng") an office of the body it heads
        shorter = _shorter_title(toks, i, title_end)
        if shorter is not None and _named(toks, shorter) is not None:
            found = _titled_body(toks, i, shorter)
        if found is None and toks[i].text in _BOARD_TITLE_HEADS:
            # "Ban Giám đốc" alone: the board itself, a head with its name
            found = _titled_body(toks, i, None)
    if found is not None and toks[i].text in ("Công", "Tổng"):
        company = _company_name_end(toks, i)
        if company is not None and company > found:
            found = company
    if found is not None and _names_activity(toks, i, found):
        return None
    if found is not None:
        found = _owned(toks, found)
    return found


def _names_activity(toks: list[Token], i: int, end: int) -> bool:
    """Is the head alone from ``i`` to ``end`` the name of an activity, listed with
    others in lower case (``Thanh tra, kiểm tra, giám sát``) or before its object
    (``Thanh tra việc chấp hành …``), not the body so named (``Thanh tra tỉnh``,
    ``Thanh tra, Văn phòng Bộ``)?"""
    if " ".join(t.text for t in toks[i:end]) not in _ACTIVITY_HEADS:
        return False
    if has_token(toks, end) and _inline(toks[end]) and toks[end].text in _ACTIVITY_OBJECTS:
        return True
    return (
        has_token(toks, end + 1)
        and toks[end].text in (",", "và")
        and _inline(toks[end])
        and _inline(toks[end + 1])
        and match_entry(_ACTIVITY_NOUNS, toks, end + 1) is not None
    )


_UNIT_LINKS = _index((words_of(w), w) for w in _DATA["unit_links"])
# A capitalised field of a unit's name: a capitalised word and at most one syllable in
# lower case (``Pháp chế``, ``Công nghệ``); a name may hold several after a comma, joined
# by ``và`` (``Cục Khoa học, Công nghệ và Thông tin``), which no body of its own opens.
CAPITALIZED_FIELD = regex.compile(r"\p{Lu}\p{Ll}*(?: \p{Ll}+)?")
_CAPITALIZED_FIELDS = regex.compile(
    CAPITALIZED_FIELD.pattern + r"(?: (?:và )?" + CAPITALIZED_FIELD.pattern + r")*"
)


def capitalized_fields(words: str) -> bool:
    """Are ``words`` (single-spaced) capitalised fields of a name, the last one with its
    syllable in lower case (``Công nghệ và Thông tin``, ``Pháp chế``), no syllable of
    theirs opening a verb (``Viễn thông Nghệ An bảo`` + ``đảm …`` is a name and a verb)?"""
    return (
        _CAPITALIZED_FIELDS.fullmatch(words) is not None
        and words.split()[-1][0].islower()
        and not any(word in _VERB_STARTS for word in words.split() if word[0].islower() and word != "và")
    )


def _owned(toks: list[Token], end: int) -> int:
    """A named unit with the body it belongs to (``Vụ Công chức - Viên chức`` + ``thuộc
    Bộ Nội vụ``, ``Phòng Tư pháp`` + ``thuộc Sở``), as a generic body takes its owner
    (``các đơn vị thuộc Sở``)."""
    if not has_token(toks, end) or not _inline(toks[end]):
        return end
    owner = _owner_end(toks, end, _UNIT_LINKS)
    return end if owner is None else owner


def _owner_end(toks: list[Token], end: int, links) -> Optional[int]:
    """The end of the body a link word of ``links`` at ``end`` ties a body to (``thuộc
    Sở Y tế``, ``của Hội đồng nhân dân``), the owner named in full or by its head word
    alone (``thuộc Bộ``), with the group it is ranked in; None when there is none."""
    link = match_entry(links, toks, end)
    if link is None:
        return None
    owner = _named(toks, link[0])
    if owner is None:
        owner = bare_head_at(toks, link[0])
    return _ranked(toks, owner) if owner is not None else None


_COMPANY_HEADS = (("Công", "ty"), ("Tổng", "công", "ty"))
_COMPANY_GAP = 5  # lower-case words between two capitalised words of a company's name, at most
_COMPANY_MAX = 20  # words of a company's name after its head, at most
# ... where one of them may open a verb ("Chuyển phát nhanh Sao Việt"), at most
_COMPANY_GAP_AFTER_VERB = 2


def _company_name_end(toks: list[Token], i: int) -> Optional[int]:
    """End index of a company's registered name from its head at ``i``: up to its
    last capitalised word (``Công ty TNHH Một thành viên Khai thác công trình thủy
    lợi Vĩnh Long``, ``Công ty Cổ phần Chuyển phát nhanh Sao Việt``), over the
    lower-case words of its trade between them, but not a verb that opens a clause
    (``Công ty Điện lực Nghệ An chỉ đạo các Điện lực …``); None when no capitalised
    word follows the head."""
    head = next(
        (
            h
            for h in _COMPANY_HEADS
            if all(has_token(toks, i + k) and toks[i + k].text == w for k, w in enumerate(h))
        ),
        None,
    )
    if head is None:
        return None
    j = i + len(head)
    last = None  # the last capitalised word taken
    gap = 0  # lower-case words since it
    previous = None
    crossed_verb = False  # a word that may open a verb was taken since the last capital
    k = j
    while has_token(toks, k) and k - j < _COMPANY_MAX and _inline(toks[k]) and "\n\n" not in toks[k].gap:
        tok = toks[k]
        if tok.is_word and tok.capital:
            if crossed_verb and match_entry(HEADS, toks, k) is not None:
                break  # ("Công ty TNHH Sông Đà hướng dẫn Công ty …": its verb and an object)
            last, gap, crossed_verb = k, 0, False
        elif tok.text in ("-", "–", "&") and last == k - 1:
            pass  # ("… Vũng Áng Việt - Hàn", "Xây dựng & Thương mại"): joins two capitalised words
        elif tok.is_word:
            # (the second syllable of a capitalised word of the trade, "Chuyển phát", "Phát
            # triển"; not a verb after a foreign brand: "Công ty TNHH Tokokosen hướng dẫn …")
            after_capital = last == k - 1 and is_syllable(toks[last].text.lower())
            verb = tok.text in _VERB_STARTS and (previous, tok.text) not in OBJECT_COMPOUND_PAIRS
            if (verb and not after_capital) or tok.text in _COMPANY_BREAKS:
                break
            if tok.text == "và" and match_entry(HEADS, toks, k + 1) is not None:
                break  # ("… Vĩnh Long và Trung tâm Nước sạch …": the next body of a list)
            gap += 1
            crossed_verb = crossed_verb or verb
            if gap > (_COMPANY_GAP_AFTER_VERB if crossed_verb else _COMPANY_GAP):
                # ("Công ty Cổ phần Giao thông thông minh Trí Nam hoàn thiện hồ sơ Đề án":
                # a verb, its object, then a capitalised object, no trade words of a name)
                break
        else:
            break  # (a comma, a bracket, a full stop: the name ends)
        previous = tok.text
        k += 1
    return None if last is None else last + 1


# lower-case words that no company's name holds: they open what is said of it
_COMPANY_BREAKS = frozenset(
    {"là", "có", "đã", "sẽ", "đang", "được", "phải", "cần", "các", "của", "theo", "tại"}
)


def _shorter_title(toks: list[Token], i: int, end: int) -> Optional[int]:
    """The end of the longest title at ``i`` that ends before ``end``, or None."""
    for words, _ in _TITLES.get(toks[i].text, ()):
        n = len(words)
        if n < end - i and all(toks[i + k].text == words[k] for k in range(n)):
            if all(_inline(toks[i + k]) for k in range(1, n)):
                return i + n
    return None


def _titled_body(toks: list[Token], i: int, title_end: Optional[int]) -> Optional[int]:
    """``body_at`` from ``i``, read with the title that ends at ``title_end`` (None: none)."""
    j = i if title_end is None else title_end
    if has_token(toks, j) and toks[j].text in ("các", "Các"):
        # "Giám đốc các Sở: …", "Chủ tịch UBND các xã", "các cơ quan, ban, ngành"
        named = _named(toks, j + 1)
        if named is not None:
            return named
        plural = title_at(toks, j + 1) if title_end is None else None
        members = _named(toks, plural) if plural is not None else None
        if members is not None:
            # "các thành viên Ban Chỉ đạo": members of a body, not a generic group ("… là lãnh
            # đạo các sở, ngành": by the bodies whose leaders sit on it)
            seat = _seat(toks, members)
            return seat if seat is not None else members
        generic = _generic_run(toks, j + 1)
        if generic is not None:
            # "các cơ quan, ban, ngành, UBND các xã" is two mentions; the caller joins lists.
            return generic
        if title_end is None:
            # "các Phó Thủ tướng", "các Phó Chủ tịch UBND tỉnh": officials by a plural title
            plural = title_at(toks, j + 1)
            if plural is not None:
                named = _named(toks, plural)
                return named if named is not None else plural
        return None
    named = _named(toks, j)
    if named is not None:
        return named
    seat = _seat(toks, j) if title_end is not None else None
    if seat is not None:
        return seat
    if title_end is not None:
        # "Thủ trưởng cơ quan ngang bộ": a title over a generic body without "các".
        generic = _generic_run(toks, j)
        if generic is not None:
            return generic
        # "Phó Thủ tướng Trần Hồng Hà", "Đồng chí Bí thư Tỉnh ủy": an official by
        # title and name (or a title over a title).
        inner = title_at(toks, j)
        if inner is not None:
            named = _named(toks, inner)
            return named if named is not None else inner
        person = _person_name(toks, j)
        if person is not None:
            return _post_after_person(toks, person)
        # "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …": titles sharing the body
        # named after the last one; the bare title is an item of that list.
        if (
            has_token(toks, j + 1)
            and toks[j].text == ","
            and toks[j + 1].is_word
            and _inline(toks[j + 1])
            and _titled_item(toks, j + 1)
        ):
            return j
    return None


_SEAT_WORDS = frozenset((("lãnh", "đạo"), ("đại", "diện")))  # (Ủy viên là lãnh đạo / đại diện …)


def _seat(toks: list[Token], j: int) -> Optional[int]:
    """After a board's member at ``j``, the body whose leader sits on the board: ``Uỷ viên``
    + ``là lãnh đạo Công an tỉnh``, ``Thành viên`` + ``là đại diện Hội Nông dân tỉnh``,
    ``Các thành viên Ban Chỉ đạo`` + ``là lãnh đạo các sở, ngành`` — as a decision setting
    the board up tasks it (a member who is an office holder, ``Phó Trưởng ban là Giám đốc
    Sở Tài chính``, is that office: not read here).  The end index, or None."""
    if not (
        has_token(toks, j + 3)
        and toks[j].text == "là"
        and (toks[j + 1].text, toks[j + 2].text) in _SEAT_WORDS
    ):
        return None
    if toks[j + 3].capital:
        return _titled_body(toks, j + 3, title_at(toks, j + 3))
    if toks[j + 3].text == "các" and has_token(toks, j + 4):
        return _generic_run(toks, j + 4)
    return None


def _all_of(toks: list[Token], i: int) -> bool:
    """Do the tokens from ``i`` read ``tất cả`` (all of), before a plural?"""
    return (
        has_token(toks, i + 2)
        and toks[i].text in ("Tất", "tất")
        and toks[i + 1].text == "cả"
        and _inline(toks[i + 1])
        and _inline(toks[i + 2])
    )


def _post_after_person(toks: list[Token], end: int) -> int:
    """Where an official named by title and name ends when his post follows the name
    after a dash or a comma (``Đồng chí Nguyễn Thị Lan - Phó Chủ tịch Ủy ban nhân dân
    xã``): the post with its body names him too; ``end`` (the name's) otherwise."""
    if not (has_token(toks, end + 1) and toks[end].text in ("-", "–", ",") and _inline(toks[end + 1])):
        return end
    post = title_at(toks, end + 1)
    named = _named(toks, post) if post is not None else None
    return named if named is not None else end


def _person_name(toks: list[Token], i: int) -> Optional[int]:
    """A person's name after a title: two to four capitalised syllables, none a
    head word (``Trần Hồng Hà``, ``Nguyễn Hòa Bình``)."""
    j = i
    while (
        has_token(toks, j)
        and j - i < 4
        and toks[j].is_word
        and toks[j].capital
        and not toks[j].all_caps
        and _inline(toks[j])
        and match_entry(HEADS, toks, j) is None
    ):
        j += 1
    return j if j - i >= 2 else None


def locality_at(toks: list[Token], i: int) -> Optional[int]:
    """A place named with its level (``huyện Vân Canh``, ``tỉnh Bình Định``): the
    addressee of a request in news (``yêu cầu huyện Vân Canh …``).  Not a body
    mention by itself, so ``find_bodies`` does not list it."""
    if not has_token(toks, i) or not toks[i].is_word:
        return None
    if toks[i].text in ("các", "Các"):
        # "Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng khẩn trương …"
        levels = _generic_run(toks, i + 1, levels_only=True)
        return _places(toks, levels) if levels is not None else None
    found = level_at(toks, i)
    if found is None or not has_token(toks, found[0]) or not _inline(toks[found[0]]):
        return None
    # "tỉnh Bình Định", "Thành phố Hồ Chí Minh, tỉnh Lâm Đồng", "Tỉnh Thanh Hóa"
    return _places(toks, found[0])


class StartWords(frozenset):
    """The first words of ``entries`` (word tuples of the indexes above): where
    a mention may start.  With what rules most other places out cheaply (see
    ``RegionTokens.may_start``): the first two characters of each word, and for
    a word whose entries all have more words (``Công an``), their second words."""

    def __new__(cls, entries: tuple[tuple[str, ...], ...]):
        return super().__new__(cls, (words[0] for words in entries))

    def __init__(self, entries: tuple[tuple[str, ...], ...]):
        super().__init__()
        self.entries = entries
        self.prefixes = frozenset(word[:2] for word in self)
        self.short = any(len(word) < 2 for word in self)
        seconds: dict[str, set[str]] = {}
        for words in entries:
            seconds.setdefault(words[0], set()).add(words[1] if len(words) > 1 else "")
        self.seconds = {word: frozenset(after) for word, after in seconds.items() if "" not in after}

    def __or__(self, other: "StartWords") -> "StartWords":
        return StartWords(self.entries + other.entries)


def _entries(*indexes) -> tuple[tuple[str, ...], ...]:
    return tuple(words for index in indexes for candidates in index.values() for words, _ in candidates)


def _both_cases(entries: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """Generic nouns are matched folded: a list may open in either case."""
    return tuple((first[:1].upper() + first[1:], *rest) for first, *rest in entries) + tuple(
        (first[:1].lower() + first[1:], *rest) for first, *rest in entries
    )


# Where a mention can start: body_at needs a title, a head, "các" or a generic
# noun (a list without "các": "Sở, ban, ngành") at its first tokens, locality_at a level.
BODY_STARTS = StartWords(
    _entries(_TITLES, HEADS)
    + (("các",), ("Các",), ("Tất", "cả"), ("tất", "cả"), ("từng",), ("Từng",))
    + _both_cases(_entries(_GENERIC))
)
PLACE_STARTS = StartWords(_entries(_LEVEL_INDEX))

# The marks a mention scan steps over: those inside data entries ("," and "-"),
# between the parts of a name ("&", "-", "–", ":" before a list of names) and
# between the bodies of a list (",", ";").  Every rule steps over words and
# these marks only, so no scan reads past any other mark (".", "(" …).
_SEPARATORS = frozenset({",", ";", ":", "-", "–", "&", "/"}) | {
    word
    for index in (HEADS, _TITLES, _LEVEL_INDEX, _GENERIC, _TAILS, _CONTINUATIONS, _LINKS, _NOT_LEVELS)
    for candidates in index.values()
    for words, _ in candidates
    for word in words
    if not word[0].isalnum()
}


class RegionTokens:
    """The tokens ``masked_tokens(masked, regions)`` would give, read on demand.

    A finder that looks for mentions at a few places of a long document reads
    a few runs of tokens (``run``) instead of building every token: building
    them was most of its time."""

    def __init__(self, masked: str, regions: list[tuple[int, int]]):
        self.masked = masked
        self.regions = regions
        self._region_starts = [start for start, _ in regions]
        self._runs: dict[int, list[Token]] = {}

    def _end_before(self, pos: int) -> int:
        """End of the last token before ``pos`` (0 when there is none): every
        non-space character of a region is in a token."""
        masked, regions = self.masked, self.regions
        r = bisect.bisect_right(self._region_starts, pos - 1) - 1
        while r >= 0:
            start, end = regions[r]
            k = min(pos, end)
            while k > start and masked[k - 1] in WHITE_SPACE:
                k -= 1
            if k > start:
                return k
            r -= 1
        return 0

    def matches(self, pos: int, stop: Optional[int] = None):
        """Matches of the tokens that start at or after ``pos`` (and before ``stop``)."""
        masked, regions = self.masked, self.regions
        for r in range(max(bisect.bisect_right(self._region_starts, pos) - 1, 0), len(regions)):
            start, end = regions[r]
            scan = max(start, pos)
            if scan >= end:
                continue
            # Back to a white space: no token holds one (\x1c is a token of its
            # own), so the tokens read from there are those read from the start
            # of the region.
            while scan > start and not masked[scan - 1].isspace():
                scan -= 1
            for match in TOKEN_PATTERN.finditer(masked, scan, end):
                if stop is not None and match.start() >= stop:
                    return
                if match.start() >= pos:
                    yield match

    def may_start(self, pos: int, starts: StartWords) -> bool:
        """Might a token of ``starts`` start exactly at ``pos``?  False is
        certain: the token read from ``pos`` is the one that starts there, if
        one does."""
        masked = self.masked
        if not starts.short and masked[pos : pos + 2] not in starts.prefixes:
            return False  # (most places, without a regular expression)
        match = TOKEN_PATTERN.match(masked, pos)
        if match is None or match.group() not in starts:
            return False
        seconds = starts.seconds.get(match.group())
        if seconds is None:
            return True
        # "Công tác" is no "Công an": the next token must be a second word.  (A
        # token of the next region, after a line of another text, follows after
        # a blank line: no entry runs on to it.)
        after = match.end()
        while after < len(masked) and masked[after].isspace():
            after += 1
        second = TOKEN_PATTERN.match(masked, after)
        return second is not None and second.group() in seconds

    def run(self, pos: int, starts: Optional[frozenset] = None) -> list[Token]:
        """The tokens from the first one at or after ``pos`` through the first
        mark that is not a separator: all that ``body_at(run, 0)`` and
        ``locality_at(run, 0)`` read, and a list of bodies after it.  Built as
        far as ``has_token`` asks: the scans read four tokens of a run of twenty
        five on average.  Empty when ``starts`` is given and the first token is
        not one of them (no mention starts there)."""
        matches = self.matches(pos)
        first = next(matches, None)
        if first is None or starts is not None and first.group() not in starts:
            return []
        begin = first.start()
        if begin not in self._runs:
            self._runs[begin] = _Run(self.masked, self._end_before(begin), itertools.chain((first,), matches))
        return self._runs[begin]


class _Run(list):
    """A run of ``RegionTokens.run``, built on demand (``reach``) from the
    matches of its tokens (``previous``: where the token before it ends)."""

    def __init__(self, masked: str, previous: int, matches: Iterator):
        super().__init__()
        self._masked = masked
        self._previous = previous
        self._matches: Optional[Iterator] = matches
        self.reach(0)

    def reach(self, j: int) -> bool:
        """Build the run as far as token ``j``: is there one?"""
        masked = self._masked
        while len(self) <= j and self._matches is not None:
            match = next(self._matches, None)
            if match is None:
                self._matches = None
                break
            start, stop = match.span()
            text = match.group()
            self.append(tuple.__new__(Token, (text, start, stop, masked[self._previous : start])))
            self._previous = stop
            if not text[0].isalnum() and text not in _SEPARATORS:
                self._matches = None  # no scan reads past it
        return j < len(self)
