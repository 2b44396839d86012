"""Assignments: clauses in which a named body is tasked.

Forms found (vocabulary in ``data/assignments.json``, bodies from ``bodies/``):

- a verb whose object is the body: ``Giao X …``, ``yêu cầu X …``, ``đề nghị X …``,
  ``Ủy quyền cho X …``, also inside a report (``Chủ tịch UBND tỉnh giao Sở …``);
- a body at the start of a clause followed by a role verb: ``X chủ trì, phối hợp
  với Y …`` (lead), ``X phối hợp với …`` (coordinate), ``X tham mưu …``
  (advise), ``X có trách nhiệm …``;
- in the directive part of a document (after ``… như sau:``, ``QUYẾT ĐỊNH:``),
  any clause that opens with a body and a verb (``UBND các xã, thị trấn, từ năm
  2018, hàng năm bố trí kinh phí …``);
- a numbered ``Giao X`` / ``X`` heading with bullets or a paragraph below: one
  fact whose text is the heading and whose task and deadline (the latest of its
  items', their ``Thời gian hoàn thành: …`` lines included) come from below; the
  heading may name an office (``1.1. Trưởng Ban Chỉ đạo``), a body with an
  appositive after a dash (``1.2. Sở Tài chính - Cơ quan thường trực …``), whose
  duties follow (``Trách nhiệm của đối tượng thực hiện kiểm kê:``), a generic body
  and its description (``2. Các Sở, ngành chủ trì, quản lý, tham gia thực hiện
  các dự án …``), or a list of bodies over a paragraph whose subject is one of them;
- a list item that names its body and, after a colon, its task (``+ Sở Xây dựng:
  hướng dẫn …``; a quota or a word that is no verb makes it a member list), and a
  role label (``b) Cơ quan thẩm định: Sở Quy hoạch - Kiến trúc Hà Nội;``);
- a sentence opening with ``Phối hợp với …`` continues the body tasked just
  before it in the same paragraph;
- the closing ``… chịu trách nhiệm thi hành Quyết định này`` clause
  (``execution_clause``, one fact listing every addressee, ``; ``-separated);
- the closing ``X thông báo … để … biết`` of a Thông báo;
- rows of an appendix task table with a ``Cơ quan chủ trì`` column (``table_row``).

Subjects may follow an introducer's phrase (``Để …, tỉnh Đắk Lắk cần …``), a topic
closed by a colon (``5. Về …: Ủy ban nhân dân tỉnh … rà soát``), ``Đối với``, and
be places (``Thành phố Hồ Chí Minh, tỉnh Lâm Đồng đẩy nhanh …``) or generic bodies
with their description up to a duty (``Các tổ chức, cá nhân … khai thác … có trách
nhiệm``); an appositive or a note may stand between a body and its role.

Not assignments: who attended, past or ongoing actions (``đã``, ``đang``),
plans (``sẽ``), the ``Nơi nhận`` and ``Kính gửi`` lists, ``Theo đề nghị của …``,
``Về đề nghị …`` (a topic), a regulation quoted in a letter (“…”), the issuer
stating what it does, quotas (``mỗi đơn vị đề nghị không quá …``),
an umbrella request that ends with ``:`` and introduces the list of tasks, and
the closing formula ``Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực
hiện./.`` that names no task.

Bodies listed with ``;`` between them get one fact each (but those after a plan's
label, ``Đơn vị chủ trì: …``, which lead one task together); a comma list
(``Các cơ quan, ban, ngành, UBND các xã, thị trấn``) is one body, as the gold
annotation has them.  ``body`` is the name as written, lightly normalised
(``bodies.names.light_name``); ``canonical_body`` the registry name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Optional, Sequence

import regex

from vanban.extractors.bodies.grammar import (
    BODY_STARTS,
    CAPITALIZED_FIELD,
    OBJECT_COMPOUND_PAIRS,
    PLACE_STARTS,
    TITLES,
    RegionTokens,
    bare_head_at,
    body_at,
    capitalized_fields,
    generic_at,
    has_token,
    head_without_name,
    locality_at,
    title_at,
)
from vanban.extractors.bodies.names import canonical_body, dominant_place, light_name, locality_parts
from vanban.extractors.bodies.tokens import mask, masked_tokens, readable, tokens
from vanban.extractors.context import EMPTY_CONTEXT, DocumentContext
from vanban.extractors.datafiles import load_json
from vanban.extractors.facts import AssignmentFact, DateFact
from vanban.extractors.header import signature as header_signature
from vanban.extractors.text.literals import occurrences
from vanban.extractors.text.scan import match_near

VERSION = "4.42"  # 4.42: a charge's description goes on over a noun whose first syllable opens a verb ("an toàn thực phẩm") to "tăng cường"; the member bodies of a board are one body. 4.41: a board member's rank after a dash closes his label ("Đồng chí Phó Giám đốc Sở … - Phó Trưởng ban thường trực:"); under a body's own heading its plain verb after an introducer's phrase tasks it; a lower-case head with no name opens no subject before a condition's "thì"; a wrapped name before its quota is no task. 4.40: a power with no object ends at a duty modal ("Thủ trưởng đơn vị quản lý phải …"); a trade with its object qualifies a generic body at more length, commas included ("các doanh nghiệp kinh doanh dịch vụ nghĩa trang, dịch vụ hỏa táng"); "cấp xã" described as a plural; "phản ánh" a step verb; "tạm" stops a step's qualifier. 4.39: a capitalised request that opens its line is not blocked by the word ending the line above (… đóng trên địa bàn / Đề nghị …; … tiếp theo** / Giao …); 4.38: a speaker's request of the bodies a topic names (Đối với Bưu điện tỉnh, Phó Chủ tịch UBND tỉnh đề nghị đơn vị …; Đối với Sở …, đồng chí yêu cầu chủ trì …), not a past one, one whose object is a body, nor one over items that name their own; 4.37: a manner with its field's own complement closed by a comma before the task after a body's colon (Sở A, Sở B: theo chức năng quản lý công trình …, kiểm tra …; probe dq01); 4.36: a closing demand made with "yêu cầu" and no task but the document tasks no one, as one made with "đề nghị" (dev gold 002); an umbrella to a bare generic group whose list items open with bodies of their own, at least half of them, only introduces them; 4.35: a copy cut at its type line knows its issuer by its authority line (ỦY BAN NHÂN DÂN TỈNH / Căn cứ …); a numbered line open at its end goes on into the next; a later sentence of an item that opens with a body requiring others is that body's task (… . Sở Xây dựng yêu cầu các chủ đầu tư …); "ngân sách nhà nước giao cho" a budget allocated; 4.34: "cơ bản" before the verb reports a state (các doanh nghiệp vận tải cơ bản chấp hành …); 4.33: no document asks its own head (Đề nghị Chủ tịch UBND tỉnh in a decision of that UBND), "được quyền yêu cầu" a power, a body's task about the execution no execution clause, a numbered topic ends at its line over a whole paragraph, a member named at length; 4.32: an article's title ends at its line only when the next line opens with the words the title ends with (Điều 3. Các thành viên Ban Chỉ đạo, Tổ giúp việc / Ban Chỉ đạo và … goes on); 4.31: an administrative procedure's card (Cơ quan giải quyết thủ tục hành chính: X) tasks nobody, a role label matching a not-tasked role by its first words; a lone title with an aside naming its holder (Phó Trưởng ban (Giám đốc Sở Ngoại vụ) giúp …) opens a clause; an article's title alone on its line ends there when the next line opens with a tasking verb (Phân cấp cho …), when the title names nobody in capitals (Điều 4. Trách nhiệm phối hợp / Công an tỉnh, …) or when the next line repeats its words (Điều 4. Trưởng Ban Chỉ đạo / Trưởng Ban Chỉ đạo (…) lãnh đạo …); 4.30: body grammar 2.01; an article's title on a body's duties (Điều 8. Trách nhiệm của Sở Y tế) over items that each name whom they task (Sở Y tế có trách nhiệm …; 1. Đề nghị Bảo hiểm xã hội tỉnh …, 2. Bưu điện tỉnh … có trách nhiệm …) is a section, the items counted in their own right; 4.29: "theo quy định tại <this document>" and "theo quy định của pháp luật" are manners, so a generic body's description before them and a duty names the body; 4.28: body grammar 2.00; a heading asks bodies to direct others over its items (Đề nghị UBND các tỉnh … chỉ đạo Sở Công Thương, … thực hiện:); a list of bodies goes on past a short note in brackets (Viễn thông Quảng Ngãi (VNPT), Viettel …); "sàn giao dịch" tasks nobody in a description; 4.27: body grammar 1.99; the other members of a board (Các uỷ viên khác) named with the board the text lists most (… của Ban Chỉ đạo); 4.26: an official named by the decision he made (Người ra quyết định tạm giữ) is an actor before his duty; "nghiêm túc" closes a plural's description (… nhà thầu thi công nghiêm túc chấp hành …); 4.25: body grammar 1.98; a regulation's glossary article (Giải thích từ ngữ) defines actors item by item (1. Cơ quan chủ trì là cơ quan …; 3. Tổ tuần tra liên ngành là tổ công tác …), which then open clauses with any verb; an article or chapter number wrapped to a line's start and going on in lower case (Chương III của Quy chế này) ends no scope article; suppliers of water and power (các đơn vị cấp nước) named by their trade; "ưu tiên", "niêm yết" close a plural's description; 4.24: body grammar 1.97; a marked topic closed by a comma before a request of a body may run to sixteen words (Đối với các địa phương có nhiều phản ánh của Nhân dân trong thời gian qua, đề nghị UBND thành phố Hà Nội …); a sentence on the line after a contact label's colon is an address (Thông tin chi tiết liên hệ: / Phòng …, điện thoại: …); 4.23: body grammar 1.96; a basis before a line of bodies' task may list its owners over commas (Trên cơ sở đề xuất của Sở Y tế và các cơ quan, đơn vị, tham mưu …); in a text written one line a paragraph a numbered topic ends with its line when the next opens with an opening phrase (9. Chế độ báo cáo / Trên cơ sở Kế hoạch này, các sở, ngành …); 4.22: the words narrowing a plural may go on over a wrapped line (Các chủ đầu tư, đơn vị điều / hành dự án tổ chức …; "điều hành" an activity); 4.21: a task's heading names its bodies in the bracket that closes it (5. Thông tin, tuyên truyền (Báo …; Cổng …)); 4.20: a heading body's role in the work (", với vai trò chủ đầu tư:") is an appositive; "tại Quyết định này" one word of a plural's description; 4.19: a request verb after the agent of a passive or of a clause saying which tasks ("nhiệm vụ, giải pháp được Chính phủ giao cho …") tasks nobody; 4.18: body grammar 1.91; 4.17: a body an opening phrase says has not acted ("nhưng UBND cấp huyện chưa bố trí …,") is no actor of it; 4.16: body grammar 1.90 (a footnote's mark glued to a body is read as a space; the task starts after it); 4.15: body grammar 1.89; a request right after a comma goes on with the subject before it and that subject's tense (Bộ Y tế đã có văn bản cảnh báo, đề nghị các cơ sở …: done); "tổ chức" alone after an opening phrase organises, no body of the public acts (data step_people); 4.14: 4.12's umbrella rule withdrawn: an umbrella request to generic bodies over items that name their own is counted again, as train and real annotators read it (train one found more, real one false more; the probe's writers mostly read it as 4.12 did); 4.13: body grammar 1.88; a numbered task table's header ends before the first row's number (TT | Nội dung công việc | … | Thời gian hoàn thành | 1 | …), or every other row was lost; 4.12: body grammar 1.87; an umbrella request to generic bodies only (… yêu cầu các cơ quan, đơn vị, địa phương tập trung thực hiện các nội dung sau:) whose items name bodies of their own (1. Sở Tài chính …) only introduces them, as one whose bodies are tasked again does; not over heads of the same bodies (Người đứng đầu các Bộ, ngành, địa phương); 4.11: body grammar 1.86; a manner whose range opens with a comma (trong phạm vi, quyền hạn, nhiệm vụ của mình) between the bodies and their duty; 4.10: body grammar 1.85; a plural's description may point to a part of the document (UBND các xã có tên tại Điều 1 cử …, … có khu vực khoáng sản tại Điều 1 có trách nhiệm …; data document_parts), or say which kind of owner is meant (Các chủ rừng là tổ chức (…) có trách nhiệm …; data owner_classes); a note after a body may list up to 200 characters of members before its verb; 4.09: body grammar 1.84; a heading whose verb phrase ends "…, trong đó chỉ đạo:" names its body alone (1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai …, trong đó chỉ đạo:); a request in lower case after a comma or semicolon in an item under a body's heading is the heading body's task (- Giao …; yêu cầu các đơn vị …); 4.08: a numbered item of an article on what a resolution governs or whom it applies to (Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng / 2. Đối tượng áp dụng / b) Ban quản lý rừng phòng hộ, …) is scope, as such an article is, up to the next numbered item; 4.07: body grammar 1.83; a line of bodies over a basis and, after its comma, any verb in lower case (5. Uỷ ban nhân dân các xã, phường / Căn cứ …, xây dựng, ban hành …); the owners an opening phrase lists are no actors of it, each of the list (Trên cơ sở dự toán do Sở Y tế và Sở Giáo dục và Đào tạo xây dựng, Sở Tài chính …); 4.06: a request in lower case later in an item's sentence whose opening body acts (…; yêu cầu các doanh nghiệp …, … rà soát, yêu cầu tổ chức, cá nhân …) is that body's task, as one right after it is, not the issuer's or its head's; a body's branch after a dash that ends a wrapped line (… Việt Nam -" / "Chi nhánh tỉnh Lào Cai …); (data) Ban Quản lý các khu công nghiệp và chế xuất a head; 4.05: body grammar 1.82; in a text written one line a paragraph a line opened by "- " is an item, never the rest of a long line before it broken at a dash (1. Giám đốc các sở, …; Chủ tịch Ủy ban nhân dân các xã, phường / - Quán triệt …); 4.04: an appositive in capitals on the line below a body heading with no colon (1. Phòng Kinh tế / Là cơ quan thường trực, chủ trì, …) is read as after the body, a wrapped sentence never opening a line with "Là"; 4.03: 4.00's rule is the speaker's of 2.38 (_SPEAKER), not a filter of its own; 4.02: a topic heading's colon closes the description of the generic body it names (2. Đối với các tổ chức cung cấp dịch vụ chứng thực chữ ký số công cộng:); 4.01: a line after a plural's colon that opens with the short names of a list (Giám đốc các Sở: / Xây dựng, Tài chính, …) goes on with it, though its first word opens a verb elsewhere; 4.00: a clause whose task is only its body's own directions before a colon (Chủ tịch UBND tỉnh chỉ thị:, Thủ tướng Chính phủ chỉ đạo:) tasks nobody (data speech_verbs, speech_objects); 3.99: a board's offices: "Phó Trưởng ban thường trực" one title, "Các ủy viên" in lower case a body, "Các uỷ viên: Giám đốc Sở …" a list of members; 3.98: "hướng dẫn" cues a directive part (… Bộ Tài chính hướng dẫn … một số nội dung sau:); 3.97: a news paragraph that tasks a body by a duty reads on as one that requests (… phải trực tiếp chỉ đạo …. Công an tỉnh phối hợp …); 3.96: an appositive that classes the bodies after "là" up to a comma (… là những đơn vị có số lượng hàng tồn đọng lớn, khẩn trương …; appositive_classes), not at a comma inside a name, before a role or a plain verb in the directive part; 3.95: after an opening phrase that sets a step's time or case (step_intros: Trường hợp …, Chậm nhất …, Định kỳ …), a generic body without "các" and a few nouns narrowing it (cơ quan + thuế) before a verb of step_verbs is the step's actor, not inside a list of generic nouns nor before a tense word (step_qualifier_stops), nor a person (step_people: cá nhân); 3.94: a plain generic noun (Các cơ quan, đơn vị) is described by every word before "có/chịu trách nhiệm", a verb or an adverb first; an opening phrase is read in lower case too (after a semicolon); 3.93: a procedure's table of steps printed without its header row (| 2 | Duyệt hồ sơ … | Lãnh đạo đơn vị | 01 ngày |) is read, who takes each step from the column that opens with a body in more rows; a lead cell listing bodies on lines of their own after a dash names each; 3.92: "Theo đề nghị", "Theo đề xuất", "Theo đó" open an introductory phrase (Theo đề nghị của Sở Tài chính, Sở Nội vụ …; not "Theo" alone, before every cited document: 11.64 against 10.06 ms a synthetic notice); the subject of a condition (Khi, Nếu, Trường hợp + body) is no actor of the phrase, the clause's subject follows its comma; 3.91: a cell of a procedure's steps opened by the case each is for ("- Đối với trường hợp sửa đổi hợp đồng: Trong thời hạn 15 ngày …", over a line break) is read as text; an authority named by its power may open the clause after a phrase's owners listed over commas (… ý kiến của chuyên gia, các bên liên quan (nếu có), cơ quan quản lý nhiệm vụ … quyết định …); "quyết định" ends a power's words as a step's verb; 3.90: a form's recipients list and signature (blanks to fill after them: ngày...tháng..., (Ký, ghi rõ họ tên …)) do not end an appendix's running text (the procedures after Mẫu số 12 are read); a form's field whose value is a blank line tasks nobody; 3.89: body grammar 1.79; a connective (đồng thời, ngoài ra, …) before a clause's subject with no comma ("…; đồng thời Bộ trưởng Bộ Tài chính chỉ đạo …"); 3.88: body grammar 1.78; a plural narrowed by what its members do up to "tổ chức" (… các đơn vị bán lẻ điện tổ chức tuyên truyền …); 3.87: a syllable written twice stays twice in a name where the second opens a dictionary word with the next ("thi công công trình"); 3.86: a header cell that is "Trách nhiệm" alone names the column of who takes each row (a procedure's "Trình tự | Trách nhiệm | Thời gian"); 3.85: a competent authority named by its power or by what it manages (cơ quan có thẩm quyền công nhận, Cấp có thẩm quyền quản lý cán bộ, cơ quan quản lý nhiệm vụ …) up to its step's verb is a clause's subject; a table cell that lists a procedure's steps by their time limits ("- Trong thời hạn 05 ngày làm việc …", a "Thời hạn giải quyết" cell) is read as text, as one of "Bước 1:" is; a step's actor right after its time limit with no comma; 3.84: an actor defined in quotes in lower case opens clauses with a capital, and a defined actor takes a verb of "có"; the issuer's written-name pattern compiled once per name; 3.83: a unit's name goes on after a comma with capitalised fields (Cục Khoa học, Công nghệ và Thông tin; Ban Chính sách, Pháp chế) unless the document writes the head with the first field as a body of its own; 3.82: common task verbs (xác định, phản ánh, chuẩn bị, …) open a task after a body; 3.81: a charge describing a plural body is passive from its "được" (… được giao nhiệm vụ X chịu trách nhiệm …), and no description ends at a charge before its object (được giao chủ trì); 3.80: a body that is the focal point of a task (X là đầu mối tiếp nhận …) is tasked; 3.79: the manner of a charge between a body and its verb is read by its grammar (an opener, the fields of the charge, what makes them the body's own: theo chức năng, nhiệm vụ, quyền hạn của mình; trong phạm vi nhiệm vụ, quyền hạn của mình), not from a list of its phrasings; 3.78: a heading body acting through another body over the items (2. Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:) is the heading body, its verb and object no part of its name; 3.77: body grammar 1.76; a unit's name holding a comma (Phòng Quản lý, bảo trì đường bộ) is read whole where the document writes it so as an item elsewhere ((qua Phòng Quản lý, bảo trì đường bộ)) and a verb, a qualifier or a note follows it; 3.76: a charge given to the bodies (… được giao chủ trì nhiệm vụ tại Phụ lục có trách nhiệm …) may say where their tasks are listed; 3.75: a generic body asked by a verb before it keeps the words that describe it, as one opening its clause does (Yêu cầu các chủ đầu tư dự án nhà ở xã hội khẩn trương …); an activity that needs an object and has none before a task verb is the body's verb (… các tổ chức chính trị - xã hội tham gia tuyên truyền …; data generic_qualifier_transitive); 3.74: a body inside the name of an opening phrase's owner is no actor of the phrase ("Căn cứ hồ sơ đề nghị của Thủ trưởng các đơn vị, Vụ Tổ chức cán bộ lập …"); a short phrase with "với" goes on with its partners after a comma; 3.73: a body after an opening phrase that "yêu cầu" others in an unnumbered step is tasked (Trường hợp cần bổ sung …, Ban Quản lý yêu cầu đơn vị …), not over a list of tasks; "yêu cầu" ends a short name before it (bodies.json verb_starts); 3.72: a heading that is an actor of heading_actors ("8. Chủ rừng", "2. Các lực lượng chức năng") heads its items; 3.71: a plural anywhere in the last name ("Ủy ban nhân dân các tỉnh, thành phố" + "có dự án điện đi qua") takes a qualifier too; inspection teams, their heads and school boards are actors (actor_heads); 3.70: a generic body keeps the words that narrow it up to its task's opener ("Các doanh nghiệp xuất khẩu gạo" + "chủ động …", generic_qualifier_closers); 3.69: a responsible cell written as a sentence names the bodies it opens with, up to its duty or task verb (not the whole cell); forces, accountants and forest owners are actors before their duty. 3.68: a later body of a list read on past its block is the name up to the block's end (a heading's "…; Ủy ban nhân dân các huyện, thị xã, thành phố" over "Xác định …" is no "thành phố Xác Định"); 3.67: a body after a contact label's colon (… xin liên hệ:, Địa chỉ nhận báo cáo:) is an address, not a subject tasked (assignments.json contact_labels); 3.66: a topic before a request (Đối với các địa phương, đề nghị …) is no subject; a tasking verb right after a requested body is how that body does it; 3.65: several courtesy names of the addressees (Quý Bộ, Quý Ủy ban) name each, after các; the issuer named by the first words of its header name speaks; 3.64: a duty after how a body works, past a semicolon too; 3.63: a heading's verb phrase that says its items detail it (…, trong đó:) is no part of the name; the issuer's own power after do no task; 3.62: the issuer's whole name at a clause's start is the issuer speaking; 3.61: a generic body without các described up to its duty; 3.60: the recipients list or signature after a table's cell bar (|Nơi nhận:) ends the running text; 3.59: a board's officer by title alone is the board's (Trưởng Ban Chỉ đạo); a bare generic plural described by any relative clause up to its duty; a sibling's item is no criteria heading; 3.58: body grammar 1.64; 3.57: the brackets open before a ";" counted once along its sentence (3.52 counted them again at each ";": quadratic on a run of punctuation); 3.56: body grammar 1.63; how a board lives (… tự giải thể …, … sử dụng con dấu …) tasks nobody; 3.55: a board set up with its members listed below (… gồm các thành viên sau:, gồm các ông, bà có tên sau:; any length) is a composition, its role labels (3. Phó Trưởng ban:, 4. Các Ủy viên:) and the office holders after them no tasks; a colon with a space after it ends a line as one without; 3.54: a body other than the issuer that "yêu cầu" others after an opening phrase is tasked, as at an item's start (4. Trường hợp cần thiết, Trưởng Đoàn kiểm tra yêu cầu đối tượng kiểm tra cung cấp …); 3.53: body grammar 1.62; 3.52: a ";" inside a bracket separates what the bracket lists, no clause opens at it (Các chủ rừng là tổ chức (Ban Quản lý rừng đặc dụng, phòng hộ; các công ty lâm nghiệp; …) có trách nhiệm …); 3.51: body grammar 1.61; a body's plan or measure to have is its task (… có phương án phân luồng …, có kế hoạch, có biện pháp, có giải pháp); a role closes a plural's description (UBND các xã, phường có dự án được điều chỉnh vốn chủ trì …); what was handed over and done is no request (… giao cho doanh nghiệp, hợp tác xã đã phát huy hiệu quả); 3.50: body grammar 1.60; a plural's place (ven sông) and a heading's colon close its description (6. Ủy ban nhân dân các xã, phường có rừng:); a comma between the bodies of a list before its duty opens no second clause; 3.49: a plural described up to its duty, passives and longer descriptions too (Các cơ quan, đơn vị được điều chuyển, tiếp nhận tài sản có trách nhiệm …; … thị xã nơi có dự án có trách nhiệm …); a body named again by its head word is the last one that acted nearby, not a partner, owner or addressee named after it (… phối hợp với Bộ Tài chính … . Bộ hướng dẫn …), its head over a line break and a period before its verb (Tập / đoàn định kỳ hằng tháng báo cáo …); a request to the province a notice is about by its level word alone (Đề nghị Tỉnh tập trung …); 3.48: a body other than the issuer (by its name or a short one) or its head that opens a directive item and "yêu cầu" others is the one tasked, as with "chỉ đạo" (**7. Ban Quản lý Khu kinh tế Nghi Sơn** yêu cầu các chủ đầu tư …); 3.47: a plural of a body's own units (Các đơn vị thuộc Bộ) heading items most of which task a unit by name is a section; 3.46: a bold item label is a name to its bold, its description in lower case (commas too) when no verb stands in it (**3. … và các thương nhân đầu mối kinh doanh xăng dầu** bảo đảm …); 3.45: (bodies.json) Ban điều hành (tổ dân phố, thôn, khu phố) is a body, not Ban named again before the verb điều hành; 3.44: an item's label is a name to its colon, its words in lower case too, when no verb or "gồm" stands among them (- Phòng Dịch tễ thú y: Theo dõi …); 3.43: a heading whose rest after its body is a line break alone (its bracketed note on its own line) no longer raises IndexError and loses the document's facts; 3.42: a branch in a place after a dash is part of the name (Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh Đồng Tháp); 3.41: a tense word blocks a request only in its own sentence too (… khu vực đã di dời. / 6. Giao Báo và Phát thanh, Truyền hình …); 3.40: body grammar 1.57; 3.39: a name ends at its bold (**4. Phòng Kiểm tra nội bộ** xây dựng …) and takes its own lower-case nouns before an appositive (Cục Quản lý và Xây dựng công trình thủy lợi là …), "công trình" a noun though "trình" opens a verb; 3.38: which of a plural are meant, also by what befell them or where they are (bị ảnh hưởng, thuộc khu vực Pù Luông) and over a line break, a noun such as "công trình" going on with it; a body after "chỉ đạo", "hướng dẫn", "đôn đốc" is their object in an opening phrase; a marked topic closed by a comma before the clause's own subject (Đối với các xã, phường có ổ dịch mới phát sinh, Chi cục … cử …) is no subject; 3.37: a heading that is a body and what it is to do over its items (4. Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ đạo:) names the body alone; 3.36: a task whose bodies stand alone in its closing bracket before its time (… (Ủy ban nhân dân các xã, phường; thời gian: tháng 01/2026)) is theirs, as with a role word; 3.35: a tense word blocks a request only in its own clause (… tỉnh đã đề ra; yêu cầu tỉnh Tuyên Quang …); 3.34: a company's brand given in a bracket after its name (… Việt Nam (Petrovietnam)) stands for it, as an acronym does; the members a plural stresses (…, trọng tâm là / nhất là Hà Nội, Hải Phòng, …,) are read over before its verb; 3.33: a place the clause is about before its subject (Riêng đối với Thành phố Hồ Chí Minh, Chủ tịch Ủy ban nhân dân Thành phố …) is no body of it and completes the subject named by its level alone; "Riêng" before an introducer's phrase; 3.32: a letter's word for its addressee as a clause's subject (Công ty có trách nhiệm …) is the addressee whose name opens with it, as after a request verb; 3.31: a topic heading (5. Đối với các Bộ, cơ quan thành viên Ban Chỉ đạo) over items most of which task a body of their own (a) Bộ Nội vụ … chủ trì …, Giao Đội Nghiệp vụ …) is a section, no assignment nor clause of its own; 3.30: in a text written a paragraph a line, a numbered topic on its own line (2. Về bổ sung vốn … / Bộ Tài chính tổng hợp …) ends with its line, its opening phrase no longer running on into the next line's subject; 3.29: only the recipients label with its colon, or alone on its line, ends the running text (Nơi nhận kết quả. is a procedure's step); 3.28: a heading that lists bodies over a clause of each (Điều 9. Sở Kế hoạch và Đầu tư, Sở Tài chính / 1. Sở Kế hoạch và Đầu tư chủ trì … / 2. Sở Tài chính tham mưu …, its role, duty or plain verb) is a section; answering first for a result (chịu trách nhiệm chính về …) is no task; 3.27: body grammar 1.56; a heading's bodies end before what they are asked to do over its items (1. Đề nghị Ủy ban nhân dân các tỉnh, … chỉ đạo:); where the bodies are, "nơi …", describes any body (Chủ tịch UBND phường, xã nơi bảo quản tài sản); 3.26: body grammar 1.55; 3.25: body grammar 1.54; a task table's column of who carries out each row (Đơn vị thực hiện) is its lead beside a column named as the task, not in a list of procedures (Tên thủ tục hành chính | … | Cơ quan thực hiện); a line of bodies over its task after the basis it is done on (Căn cứ …, chủ động …); a plural's short description before its verb (UBND các xã, phường có rừng, … nơi có dự án, … được giao chủ trì); 3.24: in the directive part a short label that opens an item before its colon is a topic, the body after it taking its plain verb (1. Giai đoạn 1 (…): UBND các xã, thị trấn hoàn thành …), not a scope or who takes part (Đối tượng …:, Cơ quan phối hợp:); 3.23: body grammar 1.53; a topic heading "Đối với X" over its items names the body they are for (not under a heading of criteria: Tiêu chí thi đua); a unit's number wrapped to the next line (Đội Quản lý thị trường / số 8); 3.22: body grammar 1.52; an opening phrase names no actor in the agent of a passive or its topic (… hồ sơ do Ban Quản lý dự án trình, / Đối với các xã, phường có ổ dịch …,): the subject after it stands; 3.21: body grammar 1.51; a body named again by its head word stands for the fullest writing of its name in the document (Giám đốc Quỹ -> … Quỹ Bảo vệ môi trường tỉnh Quảng Trị, not the last mention "Quỹ Bảo vệ môi trường"); a procedure printed with the document (PHỤ LỤC / TRÌNH TỰ, THỦ TỤC …, kèm theo) is directive text from its first line; 3.20: in a wrapped text too, an article's title ends before a line that opens a clause (Điều 8. Điều khoản thi hành / Trong quá trình thực hiện, …); 3.19: body grammar 1.50; a bold heading over two lines closes before a dash that opens the next line (no name wrapped at its dash); 3.18: body grammar 1.49; 3.17: body grammar 1.48; 3.16: a short name the document gave a body in a bracket takes any verb in the directive part (EVN chuẩn bị sẵn sàng …); 3.15: body grammar 1.47; 3.14: body grammar 1.46; a heading's bodies end before the bracket that names them for short (… trực thuộc trung ương (sau đây gọi là …):); 3.13: a plural of places "nêu trên" is written out as the document listed them above (Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên → … các tỉnh, thành phố: Quảng Trị, Huế, …); 3.12: body grammar 1.45; 3.11: body grammar 1.44; 3.10: "gửi" after a body is its verb (… gửi dự kiến kế hoạch … về Thanh tra tỉnh), no longer a word that leaves it untasked; 3.09: body grammar 1.43; lower-case words between a name and its duty right after them are the name's (Thủ trưởng các đơn vị thoát nước có trách nhiệm …; at most three, no adverb); 3.08: bodies tasked in one clause are a fact each over the clause as written (the second no longer cut to start at its own body: the pipeline keys facts by index); 3.07: in a text written one line a paragraph (a Word or web page's text, no blank lines) an article's title ends with its line (Điều 8. Trách nhiệm của Sở … / Sở … là …); the office holder of an actor noun before its duty (Giám đốc Quỹ có trách nhiệm …); 3.06: body grammar 1.42; 3.05: line breaks are layout: a name's own lower-case words on the next line (Cục Quản lý ngân sách / nhà nước), not taken from the mention itself; a note over a line break (… (cơ quan thường trực Ban Chỉ huy / Phòng thủ dân sự tỉnh)); a dash that opens a line goes on with a line as wide as the document's own wrapped lines (not 75 columns only), in lower case too (chính trị / - xã hội), not under a bold heading closed on its line; a line ending in a colon goes on into a line in lower case (… các tổ chức tín dụng: / khẩn trương …); a task table written a row per line is read in a copy whose header table is laid out between | lines; a letter's "Công ty", "Quý Sở" … is the one addressee of the address list whose name opens with that word; an unnumbered request under a section heading ends with its section (a body tasked again under the next heading leaves it standing); a notice's bare "Tỉnh" is the province it is about before the one named last, never a plural's; a body singled out after "; trong đó" takes any verb in the directive part; "Riêng" before a subject, as "Đối với"; a list's first name read on past its block is the name up to the block's end (**2. Sở Tài chính** / Trên cơ sở …). 3.04: a line wrapped after a plural's colon goes on with its members (Giám đốc các Sở: / Dân tộc và Tôn giáo, Nội vụ …), unless it opens with a verb or a marker; 3.03: a central body's notice names the province it is about by its name alone before a modal (Thanh Hóa cần tiếp tục …); in a central body's document about one province or city, the bodies it names by the level alone take that place (Tỉnh -> tỉnh Gia Lai, Thường trực Tỉnh ủy -> … Tỉnh ủy Thanh Hóa, Ủy ban nhân dân Thành phố -> … thành phố Đà Nẵng); a numbered unit (Đội Quản lý thị trường số 3); a body by the short name the document gave it in a bracket after its full name (Tập đoàn Điện lực Việt Nam (EVN) … EVN khẩn trương …); a full stop glued to the next sentence ends it (… thực hiện.Trong …); a task whose lead body stands in the bracket that closes it ("- Tổ chức tập huấn … (Phòng Giáo dục Trung học chủ trì; thời gian: …)"); one generic body of three words or more without "các" after a request verb when a task opens after it (yêu cầu chính quyền địa phương tiếp tục …); outside the directive part, a paragraph that tasks a body by a request verb reads on as directive text (a news report: "… giao Sở Xây dựng … . Kịp thời cắm biển …"); answering for a failure (… chịu trách nhiệm trước X nếu để xảy ra …; … thì X phải chịu trách nhiệm.) is no task; a purpose phrase opened by "Nhằm" before the subject; a legal basis cited ("Căn cứ Thông tư số … của Bộ trưởng, Chủ nhiệm …") opens no subject; a title or body labelling its members ("Phó Trưởng ban: Ông …", "Các Ủy viên:" over "- Ông …") tasks nobody; a description of how a body works (làm việc theo …) followed by its duty (…, có trách nhiệm …) tasks it; a name takes the lower-case words after it that the grammar stopped before when a verb closes them and the document writes the name with them again (Cục Di sản văn hóa); the body it belongs to after a dash (Phòng Nghiệp vụ Dược - Sở Y tế; not an appositive role); 3.02: body grammar 1.39; a note in brackets between a body and its verb is read over (Tập đoàn Điện lực Việt Nam (EVN) khẩn trương …), not a list going on after it; a notice conveys a leader's conclusions, which may task its issuer with a plain verb (Văn phòng Chính phủ theo dõi, đôn đốc …), not in its announcing; "theo lĩnh vực được phân công" is a manner; "khác với" no verb; a table cell of an appendix that lists a procedure's steps (Bước 1: …, its Trình tự thực hiện) is read as directive text; an opening phrase whose comma was left out (Trong thời hạn … Công an cấp xã có trách nhiệm …): a body in it with a duty, or an adverb of manner and a verb, opens the clause (not an object, an owner, a condition's or a relative clause's subject); a power stated by its agent also with "tổng hợp", "giải quyết", "thẩm định" (… do Sở X tổng hợp); "giao cho" in "chuyển giao cho", "bàn giao cho" (transfer, hand over) is no request; task tables written a row per line (a ruled PDF table's cells joined by " | ", a Word or web page table's by tabs, a Markdown table) are read as those of a TVPL page are; a body singled out of those just tasked (…, trong đó X chủ trì …) is tasked by its role; after "Đối với X:" a task in lower case is X's; a charge given to the clause's own subject (Công an tỉnh được giao quản lý tài khoản …) tasks it, not after an opening phrase (the body may own the passive's subject) nor for a plural generic body before a duty (its description); a title that is a generic noun too (Bộ trưởng) stands for its office alone when the generic reading finds no verb (Căn cứ …, Bộ trưởng xác định …), "Cơ quan" never alone; 3.01: body grammar 1.38; a role verb (chủ trì, phối hợp, tham mưu) in a part issued with the document states a duty; "phê duyệt" after a body is its power to approve, counted as "quyết định" is (the issuer's own stay none); a clause of at most three words after a body that opens with no verb syllable is the rest of its name (Phòng Xây dựng pháp luật;), no task; a sentence about the doing of a task (Việc … do X thực hiện) tasks X, with any verb and a generic body too; a body an opening phrase receives something from (… từ Phòng Văn hoá - Xã hội,) is no actor in it; the subject after a condition closed by "thì" with no introducer (Kiến nghị … có điều kiện thì các cơ quan, đơn vị nghiên cứu …), and a generic body without "các" with a modal after any such condition (… thì cơ quan, đơn vị có liên quan phải …); how a body works (làm việc / hoạt động theo chế độ, nguyên tắc, các hình thức …) is no task, nor what it may do (chỉ được); the articles of a regulation issued as the document itself, with no enacting formula (a Party Quy định, a consolidated text), are its directive text; a body "có nhiệm vụ" (has the duty to) is tasked as by "có trách nhiệm"; in an article on a body's duties (Trách nhiệm của X), an item that names X again as its subject is counted in its own right (under a heading that is only a body's name the paragraph stays the heading's task); 3.00: body grammar 1.36; the issuer of a copy whose header names none, from the clause in its opening that issues the document (UBND tỉnh ban hành Kế hoạch …), for the issuer's own statements; an introducer's phrase that lists its owners over commas opens a named subject after any of them (… của các cơ quan, đơn vị, Sở Khoa học và Công nghệ thực hiện …); 2.99: body grammar 1.35; in a plain paragraph of the directive part, a sentence with no subject that opens with a task (after a connective such as "Đồng thời," or not) and states no plan (sẽ) goes on with the subject of the paragraph's last tasked sentence (Tỉnh tổ chức … . Tập trung ưu tiên đầu tư … . Đồng thời, tổ chức lại …); 2.98: body grammar 1.34; 2.97: a duty heading (Trách nhiệm của các sở, ban, ngành) over numbered headings of its bodies is a section, no assignment of its own, whether the registry knows its body or not; 2.96: a periodic duty's period between the body and its verb (định kỳ 06 tháng (…) và 01 năm (…) báo cáo; định kỳ hoặc đột xuất); body grammar 1.33; 2.95: body grammar 1.32; 2.94: a role and what it is over describe a plural generic subject up to its duty (Các cơ quan, tổ chức, đơn vị chủ trì quản lý tài sản có trách nhiệm …); 2.93: a heading "Nội dung X có trách nhiệm chủ trì" names X with its role over its duties (a body and a role must follow "Nội dung"); "thông báo" after a body is a step, as any verb (not a notice's own "thông báo để/ý kiến/kết luận"); 2.92: body grammar 1.31; 2.91: an opening phrase goes on over a comma before "trường hợp" (…, trường hợp phát sinh khó khăn, vướng mắc, các cơ quan …); body grammar 1.30; 2.90: a decentralisation "phân cấp cho X" at its clause's opening or after its subject tasks X (a delegation, as ANNOTATION.md counts one), never in a title; 2.89: a letter's one addressee may be a plural of places (Ủy ban nhân dân phường, xã và đặc khu) on a line of its own with the text below it; its anaphor (Quý cơ quan) is read before any generic noun; 2.88: body grammar 1.29; 2.87: the rules read the text with the old tone placement moved to the new (cấp uỷ, Đảng uỷ as ủy), offsets and names as written; body grammar 1.28; 2.86: a line of bodies over their task on the next line, opened in capitals by an adverb of manner or a task verb (Khẩn trương rà soát …); body grammar 1.27; 2.85: a procedure's steps numbered "B1", "B2" are its rows; a lead cell that opens with a digit and names no body (a time, a date) is none; 2.84: body grammar 1.26; 2.83: a procedure table headed "Thứ tự công việc" (or "Các bước") is numbered by its steps: rows that are no step (its total time) are skipped; 2.82: a report without a subject may compile first and name its addressee right after the verb (kịp thời tổng hợp, báo cáo Hội đồng nhân dân …); 2.81: a courtesy (Các đồng chí) before the offices that open a clause; 2.80: after a bold topic that names no body and its colon (**2. Đẩy mạnh …:** Các bộ khẩn trương trình …), a body with a plain verb in the directive part; 2.79: in a notice, a level word alone before a verb (Tỉnh tổ chức thực hiện …) stands for the place of that level named last in full; 2.78: a list written inside a paragraph ("Body: (1) …; (2) …") is read item by item, each a task of the label's body (a nested list, numbered otherwise, is its item's); an enacting formula is followed by articles (a task to have a Nghị quyết issued is none); a body tasked again in its sentence after another body's clause is a next step; 2.77: a task table whose next table's header follows its last row with no empty cell between them (TB 624/TB-VPCP's Phụ lục I and II) ends there, the next one read with its own columns; 2.76: body grammar 1.25; 2.75: an opening phrase blocks its subject only when a verb in it tasks a body (Đối với kiến nghị …, Văn phòng UBND tỉnh chủ trì …); 2.74: a power stated by its agent (… do Chủ tịch UBND tỉnh bổ nhiệm, miễn nhiệm; … do Hội đồng quyết định) in the directive part; 2.73: duties given as "có quyền hạn và trách nhiệm", "có nhiệm vụ, quyền hạn"; body grammar 1.24; 2.72: a document printed below the signature from its type line alone (**KẾ HOẠCH**, QUY CHẾ, …) is read like one issued "kèm theo"; body grammar 1.23; 2.71: a generic body without "các" given a power to decide or approve (Cơ quan, tổ chức, đơn vị quyết định …); 2.70: what a body is composed of (… gồm:, … bao gồm:) and the short names listed below it task nobody; 2.69: generic nouns named by whom they manage (Cơ quan, tổ chức quản lý trực tiếp) act with any verb; body grammar 1.22; 2.68: a procedure step marked "Bước 1." opens with its time or condition; a body named again by its head word (Chủ tịch Hội đồng chủ trì …) is the one named last in full with that head; body grammar 1.21; 2.67: the enacting formula of a Nghị định, wrapped after its first word, and never a report of another document (… ban hành Nghị định số …); an actor the document names for short (… (sau đây gọi là Quỹ)), with or without a title, before a verb; 2.66: a unit named by whom it manages (Thủ trưởng đơn vị trực tiếp quản lý công chức …); "Hết thời hạn …," opens a step; a verb after "trường hợp" is a case, no request; an article's title wrapped below "Điều N."; 2.65: tables of who answers for each row (Đơn vị chịu trách nhiệm …, a procedure's Phân công nhiệm vụ over its steps "Bước 1"), the lead column preferred to them; the row after the number names the task when no header does; a numbered row takes the cells merged into the row above; a ";" between the partners of "phối hợp với" opens no clause; the execution clause retasks no umbrella; body grammar 1.20; 2.64: a phrase of words before a verb that names a document (văn bản đề nghị, hồ sơ đề nghị) blocks it, not only its last word; the enacting formula (… ban hành Quyết định …) tasks nobody; "sẽ" after a body in the directive part is what it shall do; a description the document names for short (… tự bảo đảm chi thường xuyên (sau đây gọi là …)) defines, it does not task; body grammar 1.19; 2.63: body grammar 1.18; 2.62: a blocked verb in an opening phrase (nội dung yêu cầu, theo yêu cầu của) is no request; a speaker after "có ý kiến" (… có ý kiến chỉ đạo như sau:); 2.61: an actor is no subject across a condition (… thì), after a list of verbs, or when only accountable (chịu trách nhiệm trước …); 2.60: an office holder named by the title alone (Cục trưởng quyết định …), also as a later item of a list; 2.59: "thì" opens the main clause after a condition; a reference "Điều N" (no dot) wrapped to a line's start opens no article; 2.58: a table of targets (Chỉ tiêu | Chủ trì), a lead cell's bodies end before the task it goes on with; 2.57: body grammar 1.17; 2.56: body grammar 1.16; 2.55: a request whose bodies close with ":" introduces the tasks below (no closing formula); one addressee may be a plural of one kind (Ủy ban nhân dân các tỉnh, thành phố …), named by "Quý Ủy ban"; body grammar 1.15; 2.54: under a heading, an item that opens with another body and a task verb tasks it (not a label ending with ":"); a list number in bold (**1**.); 2.53: an execution clause after a courtesy (Các ông, bà: …); a "Giao" heading's body ends at its appositive (là …) and a lower-case piece after ";" is a task; "Ngoài việc …," opens a phrase; body grammar 1.14; 2.52: the execution clause of a Thông tư or Nghị định (… chịu trách nhiệm thi hành Thông tư này); 2.51: a report of problems without a subject (Trong quá trình thực hiện, nếu có vướng mắc, kịp thời phản ánh về X) is due from the bodies just tasked; 2.50: body grammar 1.13; 2.49: a regulation issued with a decision is directive in its articles; a proposal verb after its own subject (… xem xét và đề xuất với X) tasks nobody; 2.48: a procedure step's subject after its time or condition (Trước ngày …, Định kỳ …, Trường hợp …,); a body named as an owner in an opening phrase (đề nghị của X) is no actor in it; 2.47: an actor the registry does not name before its duty (Văn thư cơ quan có trách nhiệm …); an article number wrapped below "Điều"; 2.46: the new wording of an amended article ("… như sau: “Điều 6. …”") is the document's own text, not a quotation; bodies given as alternatives joined by "/" (Ủy ban nhân dân xã/phường, Sở Y tế/Sở Giáo dục và Đào tạo); body grammar 1.12; 2.45: structure: a list marker alone on its line ("*1.2." / "Sở Tài chính …*", "-" / "Tuyên truyền …"); "+ Sở X: hướng dẫn …" (a lower-case task after a body's colon opens with a verb), a bare list of generic nouns before it; a dash appositive after a heading's body; a heading that names a body the registry does not know (Trách nhiệm của đối tượng …, Cơ quan chủ trì giải quyết …) or a generic body with its description; a heading listing two bodies over a paragraph of one of them; role labels (Cơ quan thẩm định: X); a letter running on below its Kính gửi line; an umbrella's items end with its list; a heading's items' time lines are its own, its deadline the latest; a plan's horizon (tầm nhìn đến …) is no deadline; body grammar 1.10; 2.44: a heading's items end at an unmarked paragraph after its lettered items; a subject after "Căn cứ …," / "Dựa trên …,"; "vướng mắc" after a body is no task; 2.43 (h-3): a regulation's articles: "ban hành" is a task verb (the issuer is still not tasked), a delegation "phân cấp thẩm quyền cho X" tasks X, labels of who makes, appraises and approves a plan (Cơ quan thẩm định: X), scope articles (Đối tượng áp dụng) task nobody, a form's sentence with a blank to fill tasks nobody, body grammar 1.10; 2.42: task tables read between their empty cells, header cells in any case, a bold heading ends with its bold, partners of a cell by the grammar of names, body grammar 1.9; 2.41: body grammar 1.8; 2.40: "gắn trách nhiệm (của) X" tasks X; 2.39: a request to "Công ty" (Quý cơ quan …) in a letter to one addressee names the addressee; 2.38: an office that introduces the tasks (X chỉ đạo như sau:) speaks, it is not tasked; 2.37: body grammar 1.7; 2.36: linear again on sentences of many clauses (praise, partner cues found once per sentence; partners and introductory phrases looked for within reach); 2.35: a labelled list of bodies goes on after the manner of the first ones; 2.34: a body heading over one paragraph that tasks another body names a topic; 2.33: a heading over a list of member bodies (with quotas) tasks nobody; a quota after a body's colon is no task; 2.32: a body heading may end with the manner of its tasks (theo chức năng, nhiệm vụ được giao:); 2.31: a heading naming a body's duties (Điều 5. Trách nhiệm của X, 2. Nhiệm vụ của X) heads the items below it; 2.30: body grammar 1.6 (offices and members of elected bodies); 2.29: the last adverb before a comma is the verb itself (… tiếp tục tập trung, quyết liệt …); body grammar 1.5; 2.28: a request's tense is read after its introductory phrase; a closing demand with the document itself does not retask an umbrella; 2.27: "chỉ thị:" opens the directive part; 2.26: the last plural of a list is described up to the manner of its duty; 2.25: a heading body qualified by a short passive (được giao nhiệm vụ); 2.24: an aside (trên cơ sở …,) between a body and its verb in the directive part; 2.23: in an item "Body: tasks", a body after ";" with a plain verb is one more object; 2.22: a proposal (đề xuất với, kiến nghị) in a task below a body heading tasks nobody else; 2.21: an introductory request opening with its bodies and a plain verb is theirs (umbrella convention); a body with its role after a colon inside a sentence; 2.20: clauses after praise in their sentence (ghi nhận, biểu dương …) task nobody; "bộ ngành" is one generic body; 2.19: a generic body named by its role before its duty (Cơ quan phối hợp có trách nhiệm); a second plural subject with a duty after a comma; 2.18: a plain body line ending with ":" heads the items below it; a body tasked again in the next clause of its sentence is one assignment; body grammar 1.4; 2.17: "phân công" opening a clause tasks its object; a numbered umbrella's items end at its next sibling; "trực thuộc" is no verb; 2.16: a bracket listing a generic body's members names them (Các cơ quan X: A, B); 2.15: "gửi báo cáo" is a task verb; 2.14: short umbrella requests follow the umbrella convention too; 2.13: a stressing tail (, trong đó trọng tâm là …) is no part of a body heading; 2.12: light names restore a dropped syllable; 2.11: "Lưu ý:" opens directive notes; 2.10: body grammar 1.2 (lists of party and regional offices); 2.9: an alias bracket (sau đây gọi tắt là …) closes a tasked body's description; 2.8: a body with a plain verb and a "nếu … thì" condition states a rule; 2.7: a request nested in a heading body's task (có biện pháp yêu cầu X) is no assignment; 2.6: a verb chained after a document noun (Hồ sơ trình, đề nghị …) tasks nobody; 2.5: a body stressed after the list (…, nhất là ACV) is tasked too; 2.4: a relay (gửi/về X tổng hợp) needs a sender, takes "để", never the issuer; 2.3: closing demands (Yêu cầu X … thực hiện./.) counted, bare closings not; 2.2: umbrella requests counted unless their bodies are tasked again below; 2.1: places and title lists, topics, descriptions of generic bodies, appositives (h-asg)

_DATA = load_json("assignments.json")
_BODIES_DATA = load_json("bodies.json")


def _opening_words(phrases: Sequence[str]) -> list[str]:
    """The words the phrases open with, lower-cased (where a match of their
    alternation may start)."""
    return sorted({p.split()[0].lower() for p in phrases})


def _alt(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


class _Opener:
    """A pattern that opens with one of ``words`` (after white space, if it allows
    any), matched only where the next character may open one of them: a clause's
    possible subjects are read at every clause of a document, and a set lookup rules
    out most places at a small part of the cost of a match that fails.  (Case folded:
    the words of a pattern matched in any case open with either case.)"""

    def __init__(self, pattern: regex.Pattern, words: Sequence[str]):
        self.pattern = pattern
        self._firsts = frozenset(word.casefold()[:1] for word in words)

    def match(self, text: str, pos: int = 0, endpos: Optional[int] = None):
        first = text[pos : pos + 1]
        if not first.isspace() and first.casefold()[:1] not in self._firsts:
            return None
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)


_VERB_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:" + _alt(_DATA["verbs_before"]) + r")(?![\p{L}\p{N}])", regex.I
)
# Every match of _VERB_BEFORE starts with one of these words (see _Occurrences).
VERB_FIRST_WORDS = tuple(_opening_words(_DATA["verbs_before"]))
_OPENING_VERBS = frozenset(" ".join(v.split()) for v in _DATA["opening_verbs"])
_PROPOSAL_VERBS = frozenset(" ".join(v.split()) for v in _DATA["proposal_verbs"])
# (phrases of one word or more: "hồ sơ đề nghị", "văn bản đề nghị" name a document)
_BLOCKED_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _alt(_DATA["blocked_before"]) + r")\s*$")
_BLOCKED_AFTER = frozenset(_DATA["blocked_after"])
_WORD_AFTER_VERB = frozenset(_DATA["verb_word_syllables"])
# the agent, in capitals, of a passive or of a clause that says which tasks ("được Chính phủ",
# "nhiệm vụ Thủ tướng Chính phủ") right before a request verb, and how far back it is looked for
_AGENT_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:được|bị|nhiệm\s+vụ|giải\s+pháp)\s+\p{Lu}\p{Ll}*(?:(?:[ \t]+|\n(?![ \t]*\n))\p{L}+){0,5}\s*$"
)
_AGENT_REACH = 60
_ROLES = _DATA["roles"]
_ROLE_RX = regex.compile(r"\s*,?\s*(?:" + _alt(_ROLES) + r")(?![\p{L}\p{N}])")
_MODAL = frozenset(" ".join(w.split()) for w in _DATA["modal_roles"])
# how a body acts: an opener, the fields of its charge joined by commas or "và" (or
# nothing: "theo chức năng nhiệm vụ"), and what makes them its own ("theo chức năng,
# nhiệm vụ, quyền hạn của mình", "trong phạm vi chức năng, nhiệm vụ được giao"); two
# fields or one and its tail at least ("… quản lý quy hoạch theo chức năng, sau đó tổ
# chức họp …": one bare field may be a task's complement)
_MANNER_FIELD = r"(?:" + _alt(_DATA["manner"]["fields"]) + r")(?![\p{L}\p{N}])"
_MANNER_TAIL = r"\s+(?:" + _alt(_DATA["manner"]["tails"]) + r")"
_MANNER = (
    r"(?:"
    + _alt(_DATA["manner"]["openers"])
    + r")\s+"
    + _MANNER_FIELD
    + r"(?:(?:(?:\s*,\s*|\s+và\s+|\s+)"
    + _MANNER_FIELD
    + r")+(?:"
    + _MANNER_TAIL
    + r")?|"
    + _MANNER_TAIL
    + r")"
)
# an adverb or a manner: the words that may stand between a body and its verb
_ADVERB = r"(?:" + _MANNER + r"|" + _alt(_DATA["adverbs"]) + r")"
_ADVERBS = regex.compile(r"(?:\s*,?\s*" + _ADVERB + r"(?![\p{L}\p{N}]))*")
# The same phrases anywhere: an aside such as "theo chức năng, nhiệm vụ được giao"
# holds "được", which must not read as a passive between a body and its verb.
_ADVERB_ANYWHERE = regex.compile(r"(?<![\p{L}\p{N}])" + _ADVERB + r"(?![\p{L}\p{N}])")
_NOT_VERB_WORDS = r"(?:" + _alt(_DATA["not_verbs"]) + r")(?![\p{L}\p{N}])"
_NOT_VERBS = regex.compile(r"\s*" + _NOT_VERB_WORDS, regex.I)
_INTRO = _Opener(
    regex.compile(r"\s*(?:" + _alt(_DATA["intro_starts"]) + r")(?![\p{L}\p{N}])", regex.I),
    _DATA["intro_starts"],
)
# (and "thì", which opens the main clause after a condition: "Trường hợp … thì Giám đốc Sở Y tế
# có trách nhiệm …")
_INTRO_END = regex.compile(r"[,:]|(?<=\s)thì(?=\s)")
_COMMA = regex.compile(",")
_RELAY_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _alt(_DATA["relay_before"]) + r")\s+")
_RELAY_VERB = regex.compile(
    r"\s*(?:\([^()]{0,80}\)\s*)?,?\s*(?:để\s+)?(?:" + _alt(_DATA["relay_verbs"]) + r")(?![\p{L}\p{N}])"
)
_PLACE_MODAL = regex.compile(r"\s+(?:" + _alt(_DATA["place_modals"]) + r")(?![\p{L}\p{N}])")
_SUBJECT_END = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _alt(_DATA["subject_ends"]) + r")(?![\p{L}\p{N}])")
# ("… có tên tại Điều 1", "… quy định tại khoản 3": "tại" before a part of a document
# refers to it, and the qualifier goes on)
_DOCUMENT_PART = r"(?:" + _alt(_DATA["document_parts"]) + r")(?![\p{L}])"
_DOCUMENT_ITSELF = r"(?:" + _alt(_DATA["document_itself"]) + r")(?![\p{L}])"
_QUALIFIER_BREAK = regex.compile(
    r"(?<![\p{L}\p{N}])(?:"
    + _alt(_DATA["qualifier_breaks"])
    + r")(?![\p{L}\p{N}])(?<!tại(?=\s+(?:"
    + _DOCUMENT_PART
    + "|"
    + _DOCUMENT_ITSELF
    + r")))",
    regex.I,
)
# (a charge given to the body, "được giao chủ trì nhiệm vụ tại Phụ lục", may say where its
# tasks are listed: those words break no charge)
_CHARGE_WORDS = r"được\s+(?:giao|phân\s+công)"
_CHARGE = regex.compile(r"\s*" + _CHARGE_WORDS + r"(?![\p{L}])")
_CHARGE_BEFORE_DUTY = regex.compile(_CHARGE_WORDS + r"\s*$")
_CHARGE_BREAK = regex.compile(
    r"(?<![\p{L}\p{N}])(?:"
    + _alt([w for w in _DATA["qualifier_breaks"] if w not in _DATA["charge_qualifier_words"]])
    + r")(?![\p{L}\p{N}])",
    regex.I,
)
_QUALIFIER_START = regex.compile(r"\s*(?:" + _alt(_DATA["qualifier_starts"]) + r")(?![\p{L}\p{N}])")
_COMPLEMENT_HEAD = regex.compile(r"(?<![\p{L}])(?:" + _alt(_DATA["complement_heads"]) + r")\s*$")
_BARE_SUBJECT_END = regex.compile(r"(?:" + _alt(_DATA["bare_subject_ends"]) + r")(?![\p{L}\p{N}])")
# "… được giao chủ trì": a role verb after a passive is part of the qualifier.
_PASSIVE_TAIL = regex.compile(r"(?<![\p{L}])được(?:\s+\p{L}+){0,2}\s*$")
_QUALIFIER_WORDS = 14  # a qualifier longer than this is a clause, not part of a name
_ENACTING = regex.compile(
    # (its subject may wrap: "*Chính" / "phủ ban hành Nghị định …")
    r"(?m)^[ \t*]*\p{Lu}(?:[^.:;\n]|\n(?![ \t*]*\n)){0,60}?\s(?:ban\s+hành|quyết\s+định\s+ban\s+hành)\s+"
    # (not a report of another document's issue: "Ngày 30/6/2025, Chính phủ ban hành Nghị định số 175/…")
    r"(?:Quyết\s+định|Nghị\s+quyết|Nghị\s+định|Thông\s+tư|Chỉ\s+thị|Quy\s+định)\s(?!\s*(?:số|\d))[^|]*?\.[ \t*]*$"
)
_ENACTING_VERB = regex.compile(r"(?<![\p{L}])ban\s+hành\s+(?:Quyết|Nghị|Thông|Chỉ|Quy)(?![\p{L}])")


def _enacting_formula(masked: str):
    """``_ENACTING``'s first match, tried only at the lines where its verb stands (and
    the line before, where its subject may begin): a scan from every line start cost
    as much as the rest of the document's layout.  A formula enacts articles: one
    with no ``Điều 1.`` after it is a task to have a document issued (``(4) Tham
    mưu ban hành Nghị quyết … về phát triển công dân số; …``)."""
    for verb in _ENACTING_VERB.finditer(masked):
        line = masked.rfind("\n", 0, verb.start()) + 1
        for begin in (masked.rfind("\n", 0, max(0, line - 1)) + 1, line):
            found = _ENACTING.match(masked, begin)
            if (
                found is not None
                and found.start() <= verb.start() < found.end()
                and _FIRST_ARTICLE.search(masked, found.end())
            ):
                return found
    return None


_FIRST_ARTICLE = regex.compile(r"(?<![\p{L}])(?:Điều|ĐIỀU)[ \t*]+1[ \t*]*\.")


_ACRONYM = regex.compile(r"\p{Lu}{2,8}(?![\p{L}\p{N}])")
_BLOCKED_CHAIN = regex.compile(
    r"(?<![\p{L}\p{N}])(?:" + _alt(_DATA["blocked_chain"]) + r")\s+[\p{L}\p{M}]+\s*,\s*$", regex.I
)
_RULE_STATEMENT = regex.compile(
    r"(?<![\p{L}\p{N}])(?:"
    + _alt(_DATA["rule_conditions"])
    + r")(?![\p{L}\p{N}])[^.;]*?(?<![\p{L}\p{N}])(?:"
    + _alt(_DATA["rule_consequences"])
    + r")(?![\p{L}\p{N}])"
)
_ALIAS = regex.compile(r"\s*(?:" + _alt(_DATA["alias_openers"]) + r")(?![\p{L}\p{N}])", regex.I)
_EMPHASIS = regex.compile(r"\s*,?\s*(?:" + _alt(_DATA["emphasis_members"]) + r")\s+")
_RELAY_SENDER = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _alt(_DATA["relay_senders"]) + r")(?![\p{L}\p{N}])")
_RELAY_VERB_ANYWHERE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:" + _alt(_DATA["relay_verbs"]) + r")(?![\p{L}\p{N}])"
)
_VERBS_DESPITE = regex.compile(r"\s*(?:" + _alt(_DATA["verbs_despite"]) + r")(?![\p{L}\p{N}])", regex.I)
_ASSIGNED = regex.compile(r"được\s+giao(?![\p{L}])")  # (one of verbs_despite: a charge given to the body)
_TENSE = regex.compile(r"(?<![\p{L}])(?:" + _alt(_DATA["tense_blockers"]) + r")(?![\p{L}])")
_PAST_OR_PLAN = regex.compile(r"(?<![\p{L}])(?:đã|vừa|đang|sẽ|từng)(?![\p{L}])")
_DIRECTIVE_CUE = regex.compile(_alt(_DATA["directive_cues"]))
# A verb and "như sau:" and nothing else: the speaker's introduction (_body_first).
# what a speaker says before the tasks it introduces: "chỉ đạo như sau:", and the author's own
# directions (data speech_verbs, speech_objects: "chỉ thị:", "kết luận, chỉ đạo một số nội dung sau:")
_SPEAKER = regex.compile(
    r"\s*(?:[\p{Ll}]+(?:\s+[\p{Ll}]+)?\s+(?:như\s+)?sau"
    + r"|(?:{v})(?:\s*(?:,|và)\s*(?:{v}))*(?:\s+(?:{o}))?".format(
        v=_alt(_DATA["speech_verbs"]), o=_alt(_DATA["speech_objects"])
    )
    + r")[ \t*]*:[\s*]*"
)
_QUOTA = regex.compile(r"(?:\d|(?:" + _alt(_DATA["quota_openers"]) + r")(?![\p{L}]))", regex.I)
_ASIDE = regex.compile(r"[ \t\n]*(?:" + _alt(_DATA["aside_openers"]) + r")(?![\p{L}])")
_ASIDE_WHOLE = regex.compile(_ASIDE.pattern + r"[^,]*,")
# a manner whose field has a complement of its own ("theo chức năng quản lý công trình
# xây dựng chuyên ngành,"; a bare field may be a task's: "… quy hoạch theo chức năng, sau
# đó …"), and one the adverbs read whole
_MANNER_ASIDE = regex.compile(
    r"[ \t\n]*(?:"
    + _alt(_DATA["manner"]["openers"])
    + r")\s+"
    + _MANNER_FIELD
    + r"[ \t\n]+[^,;.:\s][^,;.:]*,"
)
_MANNER_WHOLE = regex.compile(r"[ \t\n]*" + _MANNER + r"(?![\p{L}\p{N}])")
_ASIDE_WORDS = 16  # an aside longer than this before its comma is a clause of its own
_PRAISE = regex.compile(r"(?<![\p{L}])(?:" + _alt(_DATA["praise_words"]) + r")(?![\p{L}])", regex.I)


class _Opening:
    r"""A pattern ``^\s*(?:phrases)…`` whose phrases (regular expressions) each
    open with a plain word: matched only on a text that opens with one of those
    words (``str.startswith`` rules out most sentences at once)."""

    def __init__(self, phrases: Sequence[str], tail: str):
        # A space between words also matches a hard line break (TVPL wraps headings:
        # ``**V. TỔ`` / ``CHỨC THỰC HIỆN**``).
        alternatives = "|".join(phrase.replace(" ", r"\s+") for phrase in phrases)
        self.pattern = regex.compile(r"^\s*(?:" + alternatives + r")" + tail)
        first_words = [regex.match(r"\p{L}+(?=[ ,\\]|$)", phrase) for phrase in phrases]
        assert all(first_words), f"each phrase opens with a plain word: {phrases}"
        self._first_words = tuple(sorted({word.group() for word in first_words}))

    def match(self, text: str):
        if text[:1].isspace() or text.startswith(self._first_words):
            return self.pattern.match(text)
        return None


_LEAD_LABEL = regex.compile(r"(?:" + _alt(_DATA["lead_labels"]) + r")\s*:\s*", regex.I)
_TIME_LABEL = regex.compile(r"\s*(?:" + _alt(_DATA["time_labels"]) + r")\s*:", regex.I)
_DIRECTIVE_HEADING = _Opening(_DATA["directive_headings"], r"\s*:?\s*$")
_EMPTY_TASK = frozenset(_DATA["empty_task_words"])
_EXECUTION = regex.compile(r"(?<![\p{L}])(?:" + "|".join(_DATA["execution_patterns"]) + r")")


def _first_words(pattern: str) -> list[str]:
    """The words a pattern of ``execution_patterns`` opens with, followed by a
    space: ``căn\\s+cứ…`` → căn, ``(?:chịu|có)\\s+trách…`` → chịu, có."""
    opening = regex.match(r"(?:\(\?:([\p{L}|]+)\)|(\p{L}+))\\s", pattern)
    assert opening, f"an execution pattern opens with a word or (?:word|word): {pattern}"
    return (opening.group(1) or opening.group(2)).split("|")


# Every match of _EXECUTION starts with one of these (see _Occurrences).
_EXECUTION_FIRST_WORDS = tuple(
    sorted({word for pattern in _DATA["execution_patterns"] for word in _first_words(pattern)})
)


class _LinePattern:
    """Lines that open, after ``lead`` characters, with one of ``phrases``: the
    pattern ``^[lead]*(?:phrases)tail`` (MULTILINE), searched without a regular
    expression scan of the whole document (that cost as much as the rest of its
    layout).

    A phrase starts with its first word, which holds no lead character; so a
    match is an occurrence of a first word (found with ``str.find``), whose
    line, backed up over the lead characters before it, starts right there:
    the match begins at the first line start in that run and is the pattern
    matched there."""

    def __init__(self, lead: str, phrases: Sequence[str], tail: str = ""):
        self.pattern = regex.compile(r"^[" + lead + r"]*(?:" + _alt(phrases) + r")" + tail, regex.M)
        self._lead = regex.compile(r"[" + lead + r"]")
        words = {phrase.split(" ")[0] for phrase in phrases}
        # (an occurrence of "KT." is one of "KT" too)
        self._first_words = sorted(w for w in words if not any(w != v and w.startswith(v) for v in words))
        assert not any(self._lead.match(word[0]) for word in self._first_words)

    def finditer(self, text: str, pos: int = 0):
        """What ``pattern.finditer(text, pos)`` yields."""
        upcoming = {word: text.find(word, pos) for word in self._first_words}
        while True:
            found = [(at, word) for word, at in upcoming.items() if at >= 0]
            if not found:
                return
            at, word = min(found)
            upcoming[word] = text.find(word, at + 1)
            begin = at
            while begin > pos and self._lead.match(text, begin - 1):
                begin -= 1
            if begin > 0 and text[begin - 1] != "\n":
                begin = text.find("\n", begin, at) + 1
                if begin == 0:
                    continue  # other text before it on its line
            match = self.pattern.match(text, begin)
            if match is None:
                continue
            yield match
            # The next match is searched from the end of this one.
            pos = match.end()
            for word, at in upcoming.items():
                if 0 <= at < pos:
                    upcoming[word] = text.find(word, pos)

    def search(self, text: str, pos: int = 0):
        return next(self.finditer(text, pos), None)


_NOTICE_TYPE = _LinePattern(r"\s", _DATA["notice_types"], r"\s*$")
_NOTICE_VERB = regex.compile(r"\s*(?:" + _alt(_DATA["notice_verbs"]) + r")(?![\p{L}])")
# (after a table's cell bar too: "|Nơi nhận:", "- Lưu: VT.|KT. CHỦ TỊCH")
_SIGNATURE = _LinePattern(r"\s|", _DATA["signature_prefixes"])
# ("Nơi nhận:", or the label alone on its line; "Nơi nhận kết quả." is a step of a
# procedure, not the recipients list)
_RECIPIENTS = _LinePattern(r"\s|", _DATA["recipients_labels"], r"[ \t]*(?::|$)")
_APPENDED = _LinePattern(r"\s(*_", _DATA["appended_cues"], r"(?![\p{L}])")
_APPENDED_TITLE = _LinePattern(r"\s*", _DATA["appended_titles"], r"[ \t*]*$")
_PROCEDURE_TITLE = regex.compile(r"(?<![\p{L}])(?:" + _alt(_DATA["procedure_titles"]) + r")(?![\p{L}])")
_TITLE_REACH = 400  # characters before an appended document's first block where its title stands
_ADDRESS = _Opening([_alt([label]) for label in _DATA["address_labels"]], r"\s*:")
_INHERIT = regex.compile(
    r"(?:" + _alt(_DATA["inherit_starts"]) + r")(?![\p{L}])"
)  # (matched at a sentence's start)
_MARKER_AT = regex.compile(
    r"\s*(?:[-+•–]\s*|\(?\d{1,2}(?:\.\d{1,2}){0,4}(?:  )?[.)]\s*|\(?[a-zđ][.)]\s+|\([ivx]{2,5}\)\s+|[IVX]{1,5}[.)]\s+|Điều\s+\d+\.?\s*|Bước\s+\d{1,2}\s*[.:]\s*)"
)
# An item of a list written inside a paragraph, after a colon or a semicolon:
# "a) Bộ Khoa học và Công nghệ: **(1)** trình …; **(2)** chủ trì …" (the bold
# marks are spaces in the masked text); group 1 is the item's number.
_INLINE_NUMBER = regex.compile(r"\((\d{1,2}|[ivx]{1,5})\)")  # group 1: the number
_INLINE_ITEM = regex.compile(r"(?<=[:;])[ \t\n]*" + _INLINE_NUMBER.pattern + r"[ \t\n]+(?=\p{L})")
_MARKER = regex.compile("^" + _MARKER_AT.pattern)
_ALONE_MARKER = regex.compile(r"\s*(?:\(?\d{1,2}(?:\.\d{1,2}){0,4}[.)]|\(?[a-zđ][.)]|[IVX]{1,5}[.)])\s*$")


def _may_open_marker(char: str) -> bool:
    """Can a list marker (_MARKER_AT) start at ``char``, or after it?  Of the
    letters only these can, and most lines and sentences open with another one:
    no regular expression then."""
    return not char.isalpha() or "a" <= char <= "z" or char in "IVXĐđB"  # (B: a procedure's "Bước 1.")


# (a marker may stand alone on its line, its text hard-wrapped to the next: "*1.2." /
# "Sở Tài chính …*", "-" / "Tuyên truyền …")
_ARTICLE_REFERENCE = regex.compile(r"\s*Điều\s+\d+(?![\d.])")  # no dot: a reference, no article heading
_ARTICLE_WORD = regex.compile(r"\s*(?:Điều|ĐIỀU)\s*")
_ARTICLE_NUMBER = regex.compile(r"\s*(?:Điều|ĐIỀU)\s+\d{1,3}\.\s*")
# ("  " where a bold mark closed around the number: "**1**. Các sở, …")
_NUMBERED = regex.compile(
    r"^\s*(?:\(?\d{1,2}(?:\.\d{1,2}){0,4}(?:  )?[.)]|\(?[a-zđ][.)]|[IVX]{1,5}[.)])(?:\s|$)"
)
_BULLET = regex.compile(r"^\s*[-+•–](?:\s|$)")
_LONE_BULLET = frozenset("-+•–")
# (a full stop glued to the next sentence, "… thực hiện.Trong quá trình …", ends one too)
_SENTENCE_END = regex.compile(
    r"(?:\./\.|\.{3}|…|[.!?])(?=\s+[\p{Lu}\"“(\d]|\s*$|(?<=[\p{Ll}\d][.!?])\p{Lu}\p{Ll})"
)
# The end of the text before a dot: matched backwards (REVERSE), so that
# ``match`` anchors it at the end and reads no more than the abbreviation; the
# optional line break is what ``$`` allowed there.
_ABBREV_BEFORE_DOT = regex.compile(
    # (a list marker's number has at most three digits: "năm 2025." ends a sentence)
    # (and a sentence that is only a list marker of several levels: "1.4." / "Ủy ban nhân dân …")
    r"(?:(?:^|[\s(])(?:TP|Tp|TX|TS|ThS|PGS|GS|Th|v\.v|\p{Lu}|Điều\s+\d+|\d{1,3})|^\s*\d{1,2}(?:\.\d{1,2}){1,4})\n?",
    regex.REVERSE,
)
# Of the lower-case letters only these end an abbreviation (Tp, Th, v.v): a dot
# after another one, as most sentences end, needs no look at the abbreviations.
_ABBREV_LOWER_ENDS = "phv"
_PARTNER_REACH = 1500
_PARTNER_CUE = regex.compile(r"phối\s+hợp\s+(?:với|cùng)\s+", regex.I)
_LETTERS = regex.compile(r"[\p{L}]+")
# ("6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, …": a colon may follow the verb)
_HEADING_VERB = regex.compile(r"(?:giao(?:\s+cho)?|yêu\s+cầu|đề\s+nghị)\s*:?\s+", regex.I)
# (header cells in any case: "CHỦ TRÌ", "NHIỆM VỤ VÀ GIẢI PHÁP")
_TABLE_LEAD = regex.compile(_alt(_DATA["table_lead"]), regex.I)
_RESPONSIBLE_CELL = r"|^(?:" + _alt(_DATA["table_responsible_cells"]) + r")$"  # (the whole cell)
_TABLE_LEAD_OR_RESPONSIBLE = regex.compile(
    _alt(_DATA["table_lead"] + _DATA["table_responsible"] + _DATA["table_executors"]) + _RESPONSIBLE_CELL,
    regex.I,
)
_TABLE_NAMED_LEAD = regex.compile(
    _alt(_DATA["table_lead"] + _DATA["table_responsible"]) + _RESPONSIBLE_CELL, regex.I
)
_TABLE_TASK = regex.compile(r"^(?:" + _alt(_DATA["table_task"]) + r")", regex.I)
_TABLE_DEADLINE = regex.compile(r"^(?:" + _alt(_DATA["table_deadline"]) + r")", regex.I)
_TABLE_PARTNERS = regex.compile(_alt(_DATA["table_partners"]), regex.I)
_DEADLINE_CUE = regex.compile(
    r"(?:trước|chậm\s+nhất(?:\s+là)?|hạn\s+chót|thời\s+hạn|hoàn\s+thành(?:\s+(?:trong|vào|trước))?"
    r"|xong(?:\s+(?:trong|trước))?|trong|đến|vào)\s*(?:ngày\s*)?[:,]?\s*$",
    regex.I,
)
# The cues of _DEADLINE_CUE that name a time to complete by (not "đến", "trong", "vào").
_COMPLETION_CUE = regex.compile(
    r"(?:trước|chậm\s+nhất(?:\s+là)?|hạn\s+chót|thời\s+hạn|(?:hoàn\s+thành|xong)"
    r"(?:(?:\s+\p{Ll}+){0,3}\s+(?:trong|vào|trước))?)\s*(?:ngày\s*)?[:,]?\s*$",  # ("hoàn thành thực thi trong năm 2026")
    regex.I,
)


# --------------------------------------------------------------------------
# Layout: blocks (paragraphs, list items, headings) and sentences


@dataclass(slots=True)
class _Block:
    start: int
    end: int
    numbered: bool = False
    bullet: bool = False
    bold: bool = False
    sentences: list[tuple[int, int]] = field(default_factory=list)
    under_heading: bool = False
    # Bodies of the heading this block is the content of: a task below a
    # "Giao X" heading is X's task already.
    heading_bodies: frozenset = frozenset()
    fresh: bool = False  # the first block of a document issued with the main one
    steps: bool = False  # in a table cell that lists a procedure's steps ("Bước 1: …")
    section: bool = False  # a topic heading over items that task bodies of their own: no clause


# A form to fill printed in an appendix (a "Mẫu số 12" in a procedure's cell) has a
# recipients list and a signature of its own, with blanks: a date to write in
# ("ngày...tháng...năm...") or who is to sign ("(Ký, ghi rõ họ tên …)").  The running
# text goes on past them (the procedures after the form), as no document's own does.
_FORM_SIGNING = regex.compile(
    r"(?:ngày|tháng|năm)\s*[.…]{3,}|\(\s*(?:" + _alt(_DATA["form_signing"]) + r")", regex.I
)
_FORM_SIGNING_REACH = 400  # characters after a form's recipients label or signature where its blanks stand


def _form_signature(masked: str, pos: int) -> bool:
    """Is the recipients list or signature at ``pos`` a form's (blanks to fill after it)?"""
    return _FORM_SIGNING.search(masked, pos, pos + _FORM_SIGNING_REACH) is not None


def _zone_end(masked: str, start: int = 0) -> int:
    """Where the running text from ``start`` ends: ``Nơi nhận`` or the signature block
    (not a form's, with blanks to fill)."""
    ends = [len(masked)]
    for recipients in _RECIPIENTS.finditer(masked, start):
        if not _form_signature(masked, recipients.start()):
            ends.append(recipients.start())
            break
    for signature in _SIGNATURE.finditer(masked, start):
        # A signature prefix inside the first lines is a header column, not the end.
        if signature.start() > (len(masked) // 4 if start == 0 else start) and not _form_signature(
            masked, signature.start()
        ):
            ends.append(signature.start())
            break
    return min(ends)


def _zones(masked: str) -> list[tuple[int, int]]:
    """The running text of the document and of each document issued with it
    (a plan ``Ban hành kèm theo`` a decision, printed after its signature):
    each runs from its ``kèm theo`` line to its own ``Nơi nhận`` or signature."""
    zones = []
    start = 0
    while True:
        end = _zone_end(masked, start)
        zones.append((start, end))
        appended = _APPENDED.search(masked, end)
        # ("**KẾ HOẠCH**" right below the decision's signature: a plan printed with
        # it that names no "kèm theo" line)
        titled = _APPENDED_TITLE.search(masked, end)
        if titled is not None and (appended is None or titled.start() < appended.start()):
            appended = titled
        if appended is None:
            return zones
        line_end = masked.find("\n", appended.end())
        start = len(masked) if line_end < 0 else line_end + 1


_WRAP_WIDTH = 75  # TVPL texts are hard-wrapped near 80 characters


def _blocks(text: str, masked: str, zones: list[tuple[int, int]]) -> list[_Block]:
    blocks: list[_Block] = []
    width = _wrap_width(masked)
    paragraph_lines = _one_line_a_paragraph(masked)
    for start, end in zones:
        first = len(blocks)
        # The cells of an appended document's tables are lists and data, not clauses.
        blocks.extend(
            _zone_blocks(
                text, masked, start, end, cells=start == 0, width=width, paragraph_lines=paragraph_lines
            )
        )
        if len(blocks) > first and start > 0:
            blocks[first].fresh = True
    return blocks


def _zone_blocks(
    text: str,
    masked: str,
    begin: int,
    end: int,
    cells: bool = True,
    width: int = _WRAP_WIDTH,
    paragraph_lines: bool = False,
) -> list[_Block]:
    """The blocks (paragraphs, list items, headings, table cells) of ``masked`` from
    ``begin`` to ``end``; ``paragraph_lines``: the document is written one line a
    paragraph (``_one_line_a_paragraph``), so no line of it is wrapped."""
    blocks: list[_Block] = []
    current: Optional[_Block] = None
    position = begin
    in_cell = False  # the last separator line was a table's cell separator
    steps = False  # the cell lists a procedure's steps
    previous = ""  # the line before this one
    previous_start = begin
    for line in masked[begin:end].split("\n"):
        line_start = position
        position += len(line) + 1
        before, previous = previous, line
        before_start, previous_start = previous_start, line_start
        content = line.lstrip()
        start = line_start + len(line) - len(content)
        content = content.rstrip()
        stop = start + len(content)
        if not content.strip("|-_=") and content not in _LONE_BULLET:  # a blank line or a table's rule
            current = None
            in_cell = content == "|" or (in_cell and bool(content))
            steps = steps and content != "|"
            continue
        may_mark = _may_open_marker(content[0])  # (a numbered or bulleted line is marked too)
        starts_block = current is None or may_mark and bool(_MARKER.match(line))
        if (
            starts_block
            and current is not None
            and not paragraph_lines  # (no line of such a text is wrapped)
            and _wrapped_dash(before, content, width)
            and not _closes_bold(text[before_start : before_start + len(before)])
            # ("**2. Ủy ban nhân dân các tỉnh," / "thành phố: Huế, …, Lâm Đồng**" / "- Khẩn
            # trương …": a bold heading over two lines closed before the dash)
            and not (current.bold and _bold_closed(text, current.start, line_start - 1))
        ):
            starts_block = (
                False  # "… Công nghiệp" / "- Viễn thông Quân đội …": a name hard-wrapped at its dash
            )
        if (
            starts_block
            and current is not None
            and _ARTICLE_WORD.fullmatch(masked, current.start, current.end)
        ):
            starts_block = False  # "**Điều" / "15. Trách nhiệm của …**": an article's number wrapped below
        if (
            starts_block
            and current is not None
            and _ARTICLE_REFERENCE.match(line)
            and not masked.endswith((".", ":", ";", "!", "?"), current.start, current.end)
        ):
            starts_block = False  # "… pháp luật tại" / "Điều 1 Quyết định này …": a reference wrapped
        if not starts_block and _ALONE_MARKER.match(masked, current.start, current.end):
            pass  # a list marker hard-wrapped alone on its line (``**1.`` / ``Sở Y tế:**``)
        elif not starts_block:
            # (the block's end is already right-stripped: test its tail in place,
            # not a copy of a block that may be long)
            if (
                masked.endswith((".", ":", "!", "?"), current.start, current.end)
                and not masked.endswith(("TP.", "TX."), current.start, current.end)
                and not _ARTICLE_NUMBER.fullmatch(masked, current.start, current.end)
                and not _colon_list_wrapped(masked, current.end, content)
                # ("… chỉ đạo các tổ chức tín dụng:" / "khẩn trương khắc phục …": a line in
                # lower case goes on with the sentence; no heading or item opens so)
                and not (content[:1].islower() and masked.endswith(":", current.start, current.end))
            ):
                # ("**Điều 22." / "Trách nhiệm của Sở Nội vụ**": an article's title wrapped below its number)
                starts_block = True
            elif (
                content[:1].isupper()
                and masked.find("\n", current.start, current.end) < 0
                and _heading_line(masked[current.start : current.end], content)
            ):
                starts_block = True  # "IV. TỔ CHỨC THỰC HIỆN" / "2. Nhiệm vụ cụ thể" over its first item
            elif content[:1].isupper() and current.bold and _bold_closed(text, current.start, line_start - 1):
                starts_block = (
                    True  # "**3. Cục\nĐiện ảnh**" over "Phối hợp với …": a bold heading ends with its bold
                )
            elif (
                content[:1].isupper()
                and masked.find("\n", current.start, current.end) < 0
                and (
                    _ARTICLE_NUMBER.match(masked, current.start, current.end)
                    and (
                        paragraph_lines
                        or _INTRO.match(content)
                        or _VERB_BEFORE.match(content)
                        or _title_ends_at_line(masked[current.start : current.end], content)
                    )
                    # ("2. Về bổ sung vốn đầu tư …" / "Bộ Tài chính tổng hợp …": so does a
                    # numbered item's topic, in such a text, which an opening phrase would
                    # otherwise run on into the next line's subject; not a name, which
                    # may still break: "2. Giám đốc Sở …, Giám đốc Sở" / "Tài chính …")
                    or paragraph_lines
                    and current.numbered
                    # (or, under a numbered topic, the next line opens with one: "9. Chế độ
                    # báo cáo" / "Trên cơ sở Kế hoạch này, các sở, ngành …"; or the next
                    # line is a whole paragraph, one no wrap made: "1. Tuyên truyền, tư vấn
                    # học nghề" / "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp …")
                    and (
                        _opens_topic(masked, current)
                        or _INTRO.match(content)
                        or len(content) > _UNWRAPPED_LINE
                        and not _open_at_end(masked[current.start : current.end])
                        and not _name_runs_on(masked[current.start : current.end], content)
                    )
                )
                and not masked.endswith((",", ";", "(", "-", " và"), current.start, current.end)
            ):
                # "Điều 8. Trách nhiệm của Sở Nông nghiệp và Môi trường" / "Sở NN&MT là …": in
                # a text written one line a paragraph an article's title ends with its line
                # (not any line: a name may still break across one, "Giám đốc Sở" / "Tài chính");
                # in a wrapped one, when the next line opens a clause ("Điều 8. Điều khoản thi
                # hành" / "Trong quá trình thực hiện, …") or with the verb that tasks ("Điều 2.
                # Phân cấp cho Ủy ban nhân dân cấp xã" / "Phân cấp cho Chủ tịch …"), which no
                # title goes on with, or after a title that cannot go on (_title_ends_at_line)
                starts_block = True
        if starts_block and in_cell and not cells:
            # A table cell of an appendix: its rows are read by _table_rows; but a cell
            # that lists a procedure's steps ("Bước 1: … Bước 2: Sau khi nhận được hồ sơ,
            # Sở Y tế trả …", the "Trình tự thực hiện" of a procedure) is read as text.
            steps = steps or current is None and _STEP_MARKER.match(masked, start) is not None
            if not steps:
                current = None
                continue
        if starts_block:
            current = _Block(
                start,
                stop,
                numbered=may_mark and bool(_NUMBERED.match(line)),
                bullet=may_mark and bool(_BULLET.match(line)),
                bold=text.startswith("**", start - 2, stop),
                steps=steps,
            )
            blocks.append(current)
        else:
            current.end = stop
    for block in blocks:
        block.sentences = _sentences(masked, block.start, block.end)
    return blocks


def _open_at_end(line: str) -> bool:
    """Does ``line`` (or a title's last word) end with a word that leaves it open (``e)
    Các bộ, ngành, địa phương khẩn trương đăng ký với`` / ``Chính phủ …``, ``Điều 5.
    Trách nhiệm của`` / ``Ban Quản lý …``)?"""
    words = line.split()
    return bool(words) and words[-1] in _OPEN_ENDS


def _name_runs_on(line: str, next_line: str) -> bool:
    """Does a body named on ``line`` go on into ``next_line`` (``2. Giám đốc Sở Nông
    nghiệp và Môi trường, Giám đốc Sở`` / ``Tài chính theo chức năng …``): a name
    broken across the two lines, even in a text written one line a paragraph?"""
    toks = masked_tokens(line + "\n" + next_line)
    line_end = len(line)
    for i, tok in enumerate(toks):
        if tok.start >= line_end:
            return False
        end = body_at(toks, i)
        if end is not None and end > 0 and toks[end - 1].start > line_end:
            return True
    return False


def _opens_topic(masked: str, block: _Block) -> bool:
    """Does the numbered ``block`` open, after its marker, with an introducer
    (``2. Về bổ sung vốn …``, ``3. Đối với …``)?"""
    marker = _MARKER_AT.match(masked, block.start, block.end)
    return marker is not None and _INTRO.match(masked, marker.end(), block.end) is not None


# a plural that a colon lists the members of, at a line's end ("Bộ trưởng các Bộ:",
# "Ủy ban nhân dân các tỉnh, thành phố:", "Giám đốc các Sở:")
_PLURAL_COLON = regex.compile(
    r"(?<![\p{L}])(?:các|từng)(?:[ \t]+[\p{L}]+){1,3}(?:,[ \t]*[\p{L}]+(?:[ \t]+[\p{L}]+)?)?[ \t]*:$"
)
_FIRST_WORD = regex.compile(r"[*_]*(\p{L}+)")


def _colon_list_wrapped(masked: str, end: int, line: str) -> bool:
    """Does ``line`` go on with the list a plural's colon opened at the end of the line
    before (``… Bộ trưởng các Bộ:`` / ``Quốc phòng, Công an chỉ đạo …``): a line wrapped
    after the colon, not the first line of that plural's tasks (``… các xã, phường:`` /
    ``Tăng cường kiểm tra …``), which opens with a verb, or an item, which opens with a
    marker?"""
    if not _PLURAL_COLON.search(masked, max(0, end - 60), end):
        return False
    if not line[:1].isupper() or _MARKER.match(line):
        return False
    first = _FIRST_WORD.match(line)
    if first is None:
        return False
    # ("Tuyên Quang, Đồng Nai …": a place whose first syllable may open a verb; "Xây dựng,
    # Tài chính, …" after "Giám đốc các Sở:": the names of a list, in capitals after a comma)
    second = _FIRST_WORD.match(line, first.end())
    return (
        first.group(1).lower() not in _VERB_START_WORDS
        or second is not None
        and second.group(1)[:1].isupper()
        and line[first.end() : second.start()].isspace()
        or _LISTED_NAMES.match(line) is not None
    )


# a line that opens with the short names of a list, a capital after the first comma
_LISTED_NAMES = regex.compile(r"\p{Lu}\p{Ll}*(?:[ \t]+\p{L}+){0,3}[ \t]*,[ \t]*\p{Lu}")


def _wrap_width(masked: str) -> int:
    """How wide the document's wrapped lines run: a little under the width most of its
    long lines reach (TVPL copies wrap near 80 characters, other copies nearer 60;
    at most _WRAP_WIDTH, which a text written one line a paragraph keeps)."""
    lengths = sorted(len(line.rstrip()) for line in masked.split("\n") if len(line.strip()) >= _LONG_LINE)
    if len(lengths) < _WIDTH_SAMPLE:
        return _WRAP_WIDTH
    return min(_WRAP_WIDTH, lengths[len(lengths) * 4 // 5] - _WIDTH_SLACK)


def _one_line_a_paragraph(masked: str) -> bool:
    """Is the document written one line a paragraph (a Word or web page's text, a
    copy unwrapped): a good share of its long lines run far past any wrap width?
    Hard-wrapped copies (TVPL near 80 columns, PDF text near 100) hold none."""
    lengths = [len(line.rstrip()) for line in masked.split("\n") if len(line.strip()) >= _LONG_LINE]
    if len(lengths) < _WIDTH_SAMPLE // 2:
        return False
    return sum(length > _UNWRAPPED_LINE for length in lengths) >= _UNWRAPPED_SHARE * len(lengths)


_UNWRAPPED_LINE = 110  # a line longer than this was not hard-wrapped
_UNWRAPPED_SHARE = 0.35  # of the long lines, in a text written one line a paragraph
_LONG_LINE = 30  # a line this long may be a wrapped one
_WIDTH_SAMPLE = 10  # long lines needed to tell the width
_WIDTH_SLACK = 5  # a wrapped line ends up to a word short of the width


def _wrapped_dash(before: str, line: str, width: int = _WRAP_WIDTH) -> bool:
    """Is ``line``, which opens with a dash, the rest of the line before it rather
    than a bullet: the line before runs to the wrap width with no closing mark
    (``… Bưu chính viễn thông Việt Nam, Công nghiệp`` / ``- Viễn thông Quân
    đội``, ``… các tổ chức chính trị`` / ``- xã hội tăng cường …``), or a number
    range is cut at its dash (``giai đoạn 2021`` / ``- 2025``)?"""
    if not line.startswith(("- ", "– ")):
        return False
    tail = before.rstrip(" *")
    if not tail or tail[-1] in ".:;!?|)":
        return False
    if tail[-1].isdigit() and line[2:3].isdigit():
        return True
    return len(before.rstrip()) >= width and line[2:3].isalpha()


def _bold_closed(text: str, start: int, end: int) -> bool:
    """Does the bold run that opens a block at ``start`` close at ``end``, the
    end of a line (``**3. Cục`` / ``Điện ảnh, Cục Du lịch Quốc gia Việt Nam**``)?"""
    return _closes_bold(text[start - 2 : end])


def _closes_bold(span: str) -> bool:
    """Does ``span`` (from a bold run's opening ``**``) end with its bold closed?"""
    span = span.rstrip()
    return span.endswith("**") and span.count("**") % 2 == 0


def _title_ends_at_line(title_line: str, line: str) -> bool:
    """Does an article's title, alone on its line in a hard-wrapped text, end there,
    the next line opening its first sentence?  So when the title names nobody by a
    capitalised name that could break across the lines (``Điều 4. Trách nhiệm phối
    hợp`` / ``Công an tỉnh, Sở Y tế …``), or when the next line opens by repeating the
    words the title ends with (``Điều 4. Trưởng Ban Chỉ đạo`` / ``Trưởng Ban Chỉ đạo (Chủ
    tịch UBND tỉnh) lãnh đạo …``), which no wrapped title does (``Điều 3. Các thành viên
    Ban Chỉ đạo, Tổ giúp việc`` / ``Ban Chỉ đạo và …`` goes on)."""
    article = _ARTICLE_NUMBER.match(title_line)
    words = title_line[article.end() :].replace("*", " ").split() if article else []
    if len(words) < 2 or not words[-1].isalpha() or not words[-1].islower() or _open_at_end(words[-1]):
        return False  # ("Điều 5. Trách nhiệm của" / "Ban Quản lý …": a title goes on after a link)
    if not any(word[:1].isupper() for word in words[1:]):
        return True
    # (the title ends with the words the line opens with, two at least: its body named again)
    folded = [word.casefold() for word in words]
    opening = [word.casefold() for word in line.replace("*", " ").split()[: len(words)]]
    return any(folded[-k:] == opening[:k] for k in range(2, min(len(folded), len(opening)) + 1))


_OPEN_ENDS = frozenset(_DATA["title_open_ends"])


def _heading_line(previous: str, line: str) -> bool:
    """Is the block so far a numbered section heading on its own line, in
    capitals over a line in running case (``IV. TỔ CHỨC THỰC HIỆN``) or one of
    the directive headings (``2. Nhiệm vụ cụ thể``)?  ``line`` then starts a
    block though no full stop closes the heading.  A short numbered line alone
    is no heading: hard-wrapped text breaks anywhere (``3. Đề nghị Ủy ban Mặt
    trận`` / ``Tổ quốc Việt Nam tỉnh …``)."""
    if not _MARKER.match(previous) or _BULLET.match(previous):
        return False
    rest = previous[_MARKER.match(previous).end() :].strip(" *#")
    if _DIRECTIVE_HEADING.match(rest):
        return True
    return header_signature.is_upper_line(rest) and not header_signature.is_upper_line(line)


def _sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    begin = start
    marker = (
        _MARKER_AT.match(masked, start, end) if _may_open_marker(masked[start : start + 1] or " ") else None
    )
    for match in _SENTENCE_END.finditer(masked, start, end):
        stop = match.end()
        if marker is not None and stop <= marker.end():
            continue  # the list marker's own dot ("**1**. Các sở, …")
        if match.group() == ".":
            last = masked[match.start() - 1]
            if not (last.islower() and last not in _ABBREV_LOWER_ENDS) and _ABBREV_BEFORE_DOT.match(
                masked[begin : match.start()]
            ):
                continue
        if stop - begin > 1:
            out.append((begin, stop))
        begin = stop
        while begin < end and masked[begin].isspace():
            begin += 1
    if begin < end and masked[begin:end].strip():
        out.append((begin, end))
    if masked.find("(", start, end) >= 0:  # (most blocks hold no bracket)
        out = [piece for sentence in out for piece in _inline_items(masked, *sentence)]
    return out


def _inline_items(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut before each item of a list written inside it (_INLINE_ITEM),
    so that every item is read as a sentence of its own: a list has two items at least."""
    cuts = [m.start(1) - 1 for m in _INLINE_ITEM.finditer(masked, start, end)]
    if len(cuts) < 2:
        return [(start, end)]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if masked[a:b].strip()]


def _body_label(doc: "_Doc", start: int, end: int) -> Optional[list[list[tuple[int, int]]]]:
    """The bodies of a sentence that names them and nothing else before its colon
    (``a) Bộ Khoa học và Công nghệ:``), as ``body_list`` groups them; else None."""
    stop = end
    while stop > start and doc.masked[stop - 1] in " *\t\n":
        stop -= 1  # (no copy of the sentence: this is asked of every sentence)
    if doc.masked[stop - 1 : stop] != ":":
        return None
    found = doc.body_list(start, end, exact=True)
    if not found or doc.masked[found[1] : end].strip(" *") != ":":
        return None
    return found[0]


def _inline_item_style(masked: str, s_start: int) -> Optional[str]:
    """``"1"`` or ``"i"``: how the inline item (_INLINE_ITEM) that opens at ``s_start``
    is numbered; None when no such item opens there."""
    if masked[s_start : s_start + 1] != "(":
        return None
    number = _INLINE_NUMBER.match(masked, s_start, s_start + 8)
    if number is None:
        return None
    return "1" if number.group(1)[0].isdigit() else "i"


# --------------------------------------------------------------------------
# Bodies in a clause


def _regions(masked: str, blocks: list[_Block]) -> list[tuple[int, int]]:
    """The spans to tokenise: runs of blocks with only white space between them.
    Every clause read lies in a block; what lies between runs (the signature,
    the recipients, an appendix's table cells) is never read as a clause, and
    its tokens were a third of the time on long documents."""
    regions: list[list[int]] = []
    for block in blocks:
        if regions and not masked[regions[-1][1] : block.start].strip():
            regions[-1][1] = block.end
        else:
            regions.append([block.start, block.end])
    # A name may run to the end of the line its block ends on (a heading block).
    return [(start, _line_end(masked, end)) for start, end in regions]


def _line_end(masked: str, pos: int) -> int:
    end = masked.find("\n", pos)
    return len(masked) if end < 0 else end


class _Occurrences:
    """Where any of ``words`` starts in a text: where a match of a pattern that
    opens with one of them may start.  Found with ``str.find``, at a small part
    of the cost of a regular expression scan of the text.

    With ``ignore_case`` (lower-case words, for a pattern matched with
    ``regex.I``) the words are looked for in the lower-cased text: ``str.lower``
    maps each character that ``regex.I`` matches to a letter of the words to that
    letter (tests/test_assignments.py checks it), but for ``İ``, which it
    lower-cases to two characters: in a text holding one, every place is a
    candidate."""

    def __init__(self, text: str, words: Sequence[str], ignore_case: bool = False):
        searched = text.lower() if ignore_case else text
        self.starts: Optional[list[int]] = None
        if len(searched) == len(text):
            self.starts = occurrences(searched, words)

    def any_in(self, start: int, end: int) -> bool:
        if self.starts is None:
            return True
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end


class _Doc:
    def __init__(
        self,
        text: str,
        context: DocumentContext,
        masked: Optional[str] = None,
        regions: Optional[list[tuple[int, int]]] = None,
    ):
        self.text = text
        self.masked = readable(text) if masked is None else masked
        self.tokens = RegionTokens(self.masked, [(0, len(self.masked))] if regions is None else regions)
        self.dates = list(context.dates) if context.dates else _find_dates(text, context)
        self.notice = bool(_NOTICE_TYPE.search(self.masked[:3000]))
        self.verbs = _Occurrences(self.masked, VERB_FIRST_WORDS, ignore_case=True)
        self.executions = _Occurrences(self.masked, _EXECUTION_FIRST_WORDS)
        # (where praise and relay verbs may start: most sentences hold neither,
        # and a regular expression's scan of each sentence cost a tenth of the
        # finder's time)
        self.praise = _Occurrences(self.masked, _opening_words(_DATA["praise_words"]), ignore_case=True)
        self.relays = _Occurrences(self.masked, _opening_words(_DATA["relay_verbs"]))
        issuer = _issuer(text, context) or _self_named_issuer(self)
        self.locality = _locality(issuer)
        # the issuing body as the registry names it: the subject of its own
        # statements ("Thuế tỉnh Vĩnh Long trả lời …"), not an assignee
        self.issuer = canonical_body(issuer) if issuer else None
        # (the issuer's whole name as the text may write it: a name the body grammar
        # cuts short, "Ban Chỉ đạo" + "cải cách hành chính của Chính phủ", is the issuer)
        self.issuer_written = _WrittenName(issuer) if issuer and len(issuer.split()) > 2 else None
        self.addressee = _single_addressee(text, self.masked)
        # the addressees listed below "Kính gửi:" (when there are several): "Công ty" in the
        # text stands for the one company among them
        self.addressees = () if self.addressee else _listed_addressees(text, self.masked)
        self.defined = _defined_actors(self.masked)
        self.acronyms: Optional[dict[str, str]] = None  # (read when first asked: _acronym_table)
        # the short names written in a bracket anywhere ("(EVN)", "(Petrovietnam)"): a
        # word looked up here before the table of what they stand for is read
        self.short_names = (
            frozenset(m.group(1) for m in _ACRONYM_BRACKET.finditer(self.masked))
            if "(" in self.masked
            else frozenset()
        )
        self.named_again: dict[tuple[int, int], str] = {}  # span → the full name it stands for
        self.fullest: dict[str, tuple[int, int]] = {}  # a name's words → its fullest writing
        # (level, name) of the place a central body's document is about: read when
        # first asked (_subject_place); () until then, None for none
        self.place: Optional[tuple[str, ...]] = ()

    def has_body(self, pos: int) -> bool:
        """Does a body mention start at the first token at or after ``pos``?"""
        toks = self.tokens.run(pos, BODY_STARTS)
        return bool(toks) and body_at(toks, 0) is not None

    def body_list(
        self, pos: int, limit: int, places: bool = False, exact: bool = False
    ) -> Optional[tuple[list[list[tuple[int, int]]], int]]:
        """Bodies from the first token at or after ``pos`` (with ``exact``, only
        one starting at ``pos``): groups separated by ``;`` of bodies separated
        by ``,``/``và``, as character spans, and where the last body ends; with
        ``places``, a place with its level counts as one (``yêu cầu huyện Vân
        Canh``)."""
        starts = _PLACE_OR_BODY_STARTS if places else BODY_STARTS
        if exact and not self.tokens.may_start(pos, starts):
            return None
        toks = self.tokens.run(pos, starts)
        if not toks or exact and toks[0].start != pos:
            return None
        groups: list[list[tuple[int, int]]] = [[]]
        j = 0
        while has_token(toks, j):
            end = _list_item_end(toks, j) if groups[0] else body_at(toks, j)
            if groups[0] and end is not None and toks[end - 1].end > limit:
                end = self._item_within(toks, j, limit)
            if places and not groups[0]:
                # a list of places reads further than a plural of levels ("Các tỉnh")
                place = locality_at(toks, j)
                if place is not None and (end is None or place > end):
                    end = place
            if end is not None and not groups[0]:
                # a name read on past the block it stands in ("**2. Sở Tài chính**" /
                # "Trên cơ sở …": the heading's bold closed it), or past its bold in the
                # line ("**4. Phòng Kiểm tra nội bộ** xây dựng kế hoạch …"), is the name up
                # to there
                bold = self.text.find("**", toks[j].start + 1, toks[end - 1].end)
                stop = min(limit, bold) if bold >= 0 else limit
                if toks[end - 1].end > stop:
                    within = bisect.bisect_right([t.end for t in toks], stop)
                    end = body_at(toks[:within], j) if within > j else None
            if end is None or toks[end - 1].end > limit:
                break
            if (
                has_token(toks, end + 1)
                and toks[end].text == "số"
                and _UNIT_NUMBER.fullmatch(self.masked, toks[end - 1].end, toks[end + 1].end)
            ):
                end += 2  # "Đội Quản lý thị trường số 3": a numbered unit
            groups[-1].append((toks[j].start, toks[end - 1].end))
            j = end
            if has_token(toks, j) and toks[j].text == "(":
                # ("Viễn thông Quảng Ngãi (VNPT), Viettel Quảng Ngãi …", "Sở Tài chính (cơ
                # quan thường trực), Sở Xây dựng …": a note in brackets after a member of a
                # list that goes on past it; the tokens of a run stop at the bracket)
                note = _NOTE_THEN_SEPARATOR.match(self.masked, toks[j].start, limit)
                more = self.body_list(note.end(), limit, places, exact=True) if note else None
                if more is not None:
                    if note.group("separator") == ";":
                        groups.append([])
                    groups[-1].extend(more[0][0])
                    groups.extend(more[0][1:])
                    return groups, more[1]
            if has_token(toks, j) and toks[j].text in (",", "và", ";", "/"):
                k = j + 1
                if toks[j].text == "," and has_token(toks, k) and toks[k].text == "và":
                    k += 1
                nxt = _list_item_end(toks, k) if has_token(toks, k) else None
                if nxt is not None and toks[nxt - 1].end > limit:
                    nxt = self._item_within(toks, k, limit)
                if nxt is not None and toks[nxt - 1].end <= limit:
                    if toks[j].text == ";":
                        groups.append([])
                    j = k
                    continue
            break
        if not groups[0]:
            return None
        start = groups[-1][-1][0]
        end = self.parent_after_dash(
            self.comma_name_end(start, self.confirmed_tail(*groups[-1][-1]), limit), limit
        )
        described = self.described_plural(
            end,
            _PLURAL.search(self.masked, groups[0][0][0], end) is not None,
            groups[0][0][0],
        )
        if described <= limit:  # (a description read past the block is none: the name stays whole)
            end = described
        groups[-1][-1] = (groups[-1][-1][0], end)
        return groups, end

    @staticmethod
    def _item_within(toks, k: int, limit: int) -> Optional[int]:
        """A later item of a list read on past ``limit``, as the name up to there: the
        last body of a heading read into the paragraph below it ("…; Ủy ban nhân dân
        các huyện, thị xã, thành phố" / "Xác định …" is no "thành phố Xác Định")."""
        within = bisect.bisect_right([t.end for t in toks], limit)
        return body_at(toks[:within], k) if within > k else None

    def described_plural(self, end: int, plural: bool, start: Optional[int] = None) -> int:
        """Where a plural body that ends at ``end`` ends with the short description after
        it that says which of them are meant, when a verb closes it: ``UBND các xã,
        phường`` + ``có rừng`` (chỉ đạo …), ``Chủ tịch UBND các xã, phường`` + ``nơi có dự
        án`` (chịu trách nhiệm …), ``Thủ trưởng các cơ quan, đơn vị`` + ``được giao kế
        hoạch vốn`` (xác định …); not a verb of its own (``có trách nhiệm``, ``có kế
        hoạch``).  Where the bodies are (``nơi …``) describes any body, plural or not
        (``Ủy ban nhân dân xã, phường nơi thực hiện dự án có ý kiến …``).  A bare
        generic plural from ``start`` is described by any clause its duty closes."""
        masked = self.masked
        if _HAVE_VERB.match(masked, _skip_space(masked, end, min(len(masked), end + 3))):
            return end
        if plural:
            to_duty = self.described_to_duty(end, start)
            if to_duty is not None:
                return to_duty
        lead = _PLURAL_DESCRIPTION.match(masked, end)
        if lead is None:
            return end
        if not plural and not lead.group().lstrip().startswith("nơi"):
            return end
        pos, words = lead.end(), 0
        previous = ""  # the description's last syllable
        # (a bare "nơi" opens a clause of its own verb and object: "nơi xảy ra vụ việc")
        least = 2 if lead.group().strip() == "nơi" else 1
        while words <= _DESCRIPTION_MAX:
            reference = _PART_REFERENCE.match(masked, pos) if words else None
            if reference is not None:
                pos, words, previous = reference.end(), words + 1, ""
                continue
            # (over a line break too: "… thành phố bị ảnh" / "hưởng huy động …")
            word = _NEXT_DESCRIPTION_SYLLABLE.match(masked, pos)
            if word is None:
                # ("… các xã thuộc khu vực Pù Luông ưu tiên …": a place's name in it)
                name = _NEXT_NAME_SYLLABLE.match(masked, pos) if words else None
                if name is None:
                    return end
                pos, words, previous = name.end(), words + 1, ""
                continue
            # ("các doanh nghiệp có công trình hạ tầng …": a noun's second syllable)
            if words >= least and _opens_verb_after(masked, word, previous):
                # (closed by a verb, not an adverb: "có thành tích …"; nor one the
                # description goes on with: "có tỷ lệ giải ngân dưới …")
                if word.group(1) in _TAIL_BREAKS or _MEASURE_WORDS.search(masked, lead.end(), word.end()):
                    return end
                return pos
            pos, words, previous = word.end(), words + 1, word.group(1)
        return end

    def described_to_duty(self, end: int, start: Optional[int] = None) -> Optional[int]:
        """Where a plural body that ends at ``end`` ends with a description of which of
        them are meant that a duty closes (``Các chủ đầu tư`` + ``có tỷ lệ giải ngân dưới
        mức bình quân chung của tỉnh`` + ``có trách nhiệm``; ``Các cơ quan, đơn vị`` +
        ``được điều chuyển, tiếp nhận tài sản`` + ``có trách nhiệm``): the duty marks where
        the subject ends, so the description may be longer than one closed by any verb,
        and passive; None when no duty closes one, or what lies before it reads as a
        clause (a sentence mark, a tense or subordinate clause, a tasking verb, an
        adverb of manner) or a list going on.  A bare generic plural names no one
        until described, so for one from ``start`` the description is any relative clause
        (``Các tổ chức`` + ``cung cấp dịch vụ hóa đơn điện tử`` + ``có trách nhiệm``)."""
        masked = self.masked
        lead = _DUTY_DESCRIPTION.match(masked, end) or _CLASS_DESCRIPTION.match(masked, end)
        # (whether the bodies are a bare generic plural is asked only when no lead word opens
        # a description: most bodies need no such test)
        relative = (
            lead is None
            and start is not None
            and _BARE_GENERIC_PLURAL.fullmatch(masked, start, end) is not None
        )
        if relative and _ACTOR_NAME_END.match(masked, end):
            return None  # (an aside: "Các cấp ủy, … căn cứ quy trình nêu trên, có trách nhiệm")
        if relative:
            lead = _RELATIVE_LEAD.match(masked, end)
        if lead is None:
            return None
        classed = lead.group().strip() == "là"
        # (a class's note may list its members at length: the duty is looked for past it)
        reach = _DUTY_DESCRIPTION_CHARS + (_NOTE_REACH if classed else 0)
        duty = _DESCRIBED_DUTY.search(masked, lead.end(), lead.end() + reach)
        if duty is None or relative and not _ACTOR_DUTY.fullmatch(duty.group()):
            return None  # (a relative clause ends at a duty of its own: "phải", a colon end clauses)
        description = masked[lead.start() : duty.start()]
        if classed:
            description = _NOTE_AT_END.sub("", description)
        most = _HEADING_DESCRIPTION_MAX if duty.group().lstrip().startswith(":") else _DUTY_DESCRIPTION_WORDS
        if (
            len(description.split()) > most
            or regex.search(r"[.;:()!?\[\]“”\"]", description)
            or _NEXT_LIST_ITEM.search(description)
            # (no lead is a break word but "là", whose class follows it)
            or _QUALIFIER_BREAK.search(description, len(lead.group()) if classed else 0)
            or _ADVERB_ANYWHERE.search(description)
            # (from the lead: its "được" makes "được giao nhiệm vụ …" a passive)
            or _verb_in_qualifier(masked, lead.start(), duty.start())
            # ("Các đơn vị được giao chủ trì …": the charge's object, no duty of the body)
            or _CHARGE_BEFORE_DUTY.search(description)
        ):
            return None
        return end + len(description.rstrip(" ,\t\n"))

    def parent_after_dash(self, end: int, limit: int) -> int:
        """Where the body that ends at ``end`` ends with the body it belongs to
        written after a dash (``Phòng Nghiệp vụ Dược - Sở Y tế``, ``Vụ Pháp chế -
        Bộ Tư pháp``), when a verb follows that: the pair names one body."""
        if self.masked[end + 1 : end + 2] not in ("-", "–"):
            return end
        dash = _DASH_BEFORE_PARENT.match(self.masked, end)
        if dash is None:
            return end
        toks = self.tokens.run(dash.end(), BODY_STARTS)
        if not toks or toks[0].start != dash.end() or title_at(toks, 0) is not None:
            return end  # (an appositive: Bộ Tài chính - Cơ quan Thường trực …)
        parent = body_at(toks, 0)
        if (
            parent is None
            and has_token(toks, 1)
            and _BRANCH.fullmatch(self.masked, toks[0].start, toks[1].end)
        ):
            # "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh Đồng
            # Tháp": its branch in a place, named by the place alone
            parent = locality_at(toks, 2)
        if parent is None or toks[parent - 1].end > limit:
            return end
        word = _NEXT_LOWER_SYLLABLE.match(self.masked, toks[parent - 1].end)
        if word is None or word.group(1) in _TAIL_BREAKS or not _opens_verb(self.masked, word):
            return end
        return toks[parent - 1].end

    def confirmed_tail(self, start: int, end: int) -> int:
        """Where the body named at ``start:end`` ends, past the lower-case words
        after it that are its name's own (``Cục Di sản`` + ``văn hóa``, ``Chi cục
        Kiểm tra`` + ``sau thông quan``): words that the grammar stops before (a
        name word takes one lower-case syllable), taken when a verb follows them
        here and the document writes the name with them as a whole item
        elsewhere — closed by a mark or the end of a line (``- Chi cục Kiểm tra
        sau thông quan;``, ``(qua Cục Di sản văn hóa)``) — or a duty follows them
        right away (``Ban Công nghệ thông tin và Thống kê`` + ``hải quan`` + ``có
        trách nhiệm``, at most three words, no adverb): so ``Sở Y tế thống kê
        …`` keeps its name."""
        masked = self.masked
        if not _NEXT_TAIL_SYLLABLE.match(masked, end):
            return end  # (most names are followed by a mark or a capital: cheap)
        if not _NAME_WORD_ENDING.search(masked, start, end):
            return end  # (a name closed by its place or level, a generic noun, a title: read whole)
        pos, stops, previous = end, [], ""
        while len(stops) < _TAIL_MAX:
            word = _NEXT_TAIL_SYLLABLE.match(masked, pos)
            # ("Cục Quản lý và Xây dựng" + "công trình thủy lợi": a noun's second syllable
            # that opens a verb elsewhere)
            if word is None or _opens_verb_after(masked, word, previous):
                break
            if word.group(1) == "là":
                break  # (an appositive after the name: "… công trình thủy lợi là đơn vị đầu mối")
            pos, previous = word.end(), word.group(1)
            stops.append(pos)
        name = masked[start:end].split()
        for stop in reversed(stops):
            after = _NEXT_TAIL_SYLLABLE.match(masked, stop)
            if after is None or not (_opens_verb(masked, after) or after.group(1) == "là"):
                continue
            if (
                len(stops[: stops.index(stop) + 1]) <= _DUTY_TAIL_MAX
                and _TAIL_DUTY.match(masked, after.start(1))
                and not _ADVERB_ANYWHERE.search(masked, end, stop)
                and not regex.search(r"[,;:.()]", masked[end:stop])
            ):
                # "Ban Công nghệ thông tin và Thống kê hải quan có trách nhiệm …": a duty
                # right after the words confirms them as the name's own
                return stop
            words = name + masked[end:stop].split()
            # (elsewhere: not this mention, which a line break may close too)
            if _written_as_item_elsewhere(masked, _words_pattern(words), words[-1], stop, start):
                return stop
        return end

    def comma_name_end(self, start: int, end: int, limit: int) -> int:
        """Where the body named at ``start:end`` ends, past a comma and the words after
        it that are its name's own (``Phòng Quản lý`` + ``, bảo trì đường bộ``, ``Ban
        Chính sách`` + ``, Thuế quốc tế``, ``Phòng Phổ biến`` + ``, giáo dục pháp luật và
        Trợ giúp pháp lý``: a unit named by two of its fields): taken when a verb follows
        them here and the document writes the name with them as a whole item elsewhere
        (``(qua Phòng Quản lý, bảo trì đường bộ)``), as ``confirmed_tail`` takes a name's
        lower-case words.  A list's next body after the comma is read by ``body_list``."""
        masked = self.masked
        comma = _NAME_COMMA.match(masked, end, limit)
        if comma is None:
            return end
        pos, stops = comma.end(), []
        while len(stops) < _COMMA_NAME_WORDS:
            word = _NAME_PIECE_WORD.match(masked, pos, limit)
            if word is None:
                break
            pos = word.end()
            stops.append(pos)
        name = masked[start:end].split()
        for stop in reversed(stops):
            tail = masked[comma.end() : stop].split()
            # (a verb follows, or what may stand between a name and its verb: a qualifier,
            # "… và Trợ giúp pháp lý thuộc Sở theo dõi …", or a note, "… (POLYVAC) bảo đảm …")
            follows = (
                _VERB_NEXT.match(masked, stop, limit)
                or _role_after(masked, stop)[0] is not None  # (a duty: "… có trách nhiệm …")
                or _QUALIFIER_START.match(masked, stop, limit)
                or masked[stop : stop + 2].lstrip()[:1] == "("
            )
            if not follows:
                continue
            written = _words_pattern(name) + r"\s*,\s*" + _words_pattern(tail)
            if _written_as_item_elsewhere(masked, written, tail[-1], stop, start) or self.fields_after_comma(
                start, name, tail, comma.end()
            ):
                return stop
        return end

    def fields_after_comma(self, start: int, name: list[str], tail: list[str], tail_start: int) -> bool:
        """Are the words after a comma more fields of one unit's name (``Cục Khoa học`` +
        ``Công nghệ và Thông tin``, ``Ban Chính sách`` + ``Pháp chế``): capitalised name
        words joined by ``và``, after a head that is no plural, naming no body of their
        own, and no name the document gives the head with them (``Sở Y tế, Tài chính``
        where it writes ``Sở Tài chính``: two Sở sharing their head)?"""
        masked = self.masked
        if (
            # (a field ends in its lower-case syllable: "Khu" + "bảo tồn …" is a head's start)
            not capitalized_fields(" ".join(tail))
            or _PLURAL_WORD.search(masked, max(0, start - _PLURAL_REACH), start + len(name[0]))
            or self.tokens.may_start(tail_start, _PLACE_OR_BODY_STARTS)
        ):
            return False
        toks = self.tokens.run(tail_start)
        if toks and any(read(toks, 0) is not None for read in (generic_at, bare_head_at, title_at)):
            # ("Hội đồng Quản lý, Ban Kiểm soát, Cơ quan điều hành …": a list of bodies;
            # "Chánh Văn phòng Bộ, Vụ trưởng …": of office holders)
            return False
        first_field = CAPITALIZED_FIELD.match(" ".join(tail)).group()
        return not any(
            regex.search(
                r"(?<![\p{L}])" + _words_pattern(name[:k] + first_field.split()) + r"(?![\p{L}])", masked
            )
            for k in range(1, len(name))
        )


_NAME_COMMA = regex.compile(r"[ \t]*,")
_PLURAL_REACH = 5  # characters before a name where its plural word (``các ``) stands
_NAME_PIECE_WORD = regex.compile(r"[ \t]*(?:\n[ \t]*)?\p{L}+(?![\p{L}\p{N}])")
_COMMA_NAME_WORDS = 10  # the words after a comma a name may hold (… , giáo dục pháp luật và Trợ giúp pháp lý)
# what closes a name written as a whole item: a mark, a line's end, the text's end
_ITEM_CLOSE = regex.compile(r"[ \t*]*(?:[;,.:)]|\n|$)")


def _words_pattern(words: Sequence[str]) -> str:
    """A pattern of ``words`` over any white space between them."""
    return r"\s+".join(regex.escape(w) for w in words)


def _written_as_item_elsewhere(masked: str, written: str, last: str, own_end: int, start: int) -> bool:
    """Does the text write the name that the pattern ``written`` matches as a whole item
    (closed by a mark, a line's end or the text's end) somewhere other than its mention
    at ``start``, whose last word ``last`` ends at ``own_end``?  The last word is looked
    for first: most names have no such other mention, and making the pattern is costly."""
    at = masked.find(last)
    while at >= 0:
        end = at + len(last)
        if end != own_end and _ITEM_CLOSE.match(masked, end):
            break
        at = masked.find(last, at + 1)
    else:
        return False
    whole = regex.compile(r"(?<![\p{L}\p{N}])" + written + _ITEM_CLOSE.pattern)
    return any(m.start() != start for m in whole.finditer(masked))


def _list_item_end(toks, k: int) -> Optional[int]:
    """End of a body that is a later item of a list: a body mention; a generic
    noun, which needs no "các" there (written in lower case: "Thành phố" alone is
    the city's level, no item): "Sở Tư pháp và …, cơ quan thông tấn báo chí và Ủy
    ban nhân dân xã"; or a title alone ("Chánh Văn phòng Bộ, Vụ trưởng, Cục trưởng
    quyết định …")."""
    end = body_at(toks, k)
    if end is not None:
        return end
    if not toks[k].capital:
        return generic_at(toks, k)
    titled = title_at(toks, k)
    return titled if titled is not None and _lone_title(toks, k, titled, listed=True) else None


_PLACE_OR_BODY_STARTS = BODY_STARTS | PLACE_STARTS
# a name's own lower-case words after what the grammar read (_Doc.confirmed_tail)
_TAIL_MAX = 5
# ... and confirmed by a duty right after them, at most this many words (_Doc.confirmed_tail)
_DUTY_TAIL_MAX = 3
# "… các xã, phường có rừng / nơi có dự án / được giao kế hoạch vốn": a plural's description
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # between two words of a line, or over its break
_PLURAL_DESCRIPTION = regex.compile(
    _GAP + r"(?:nơi[ \t]+có|nơi|có|được[ \t]+giao|bị|thuộc)(?=" + _GAP + r"\p{Ll})"
)
# ... and a longer one, passives too, when a duty closes it ("Các cơ quan, đơn vị được điều
# chuyển, tiếp nhận tài sản có trách nhiệm …", "UBND các xã, phường nơi có dự án có trách nhiệm …")
_DUTY_DESCRIPTION = regex.compile(_GAP + r"(?:nơi[ \t]+có|nơi|có|được|bị|thuộc|ven)(?=" + _GAP + r"\p{Ll})")
# ... or by the kind of person they are ("Các chủ rừng là tổ chức (…) có trách nhiệm …")
_CLASS_DESCRIPTION = regex.compile(
    _GAP + r"là(?=" + _GAP + r"(?:" + _alt(_DATA["owner_classes"]) + r")(?![\p{L}]))"
)
# (a note closing such a description: the bodies it lists, no part of what is compared)
_NOTE_AT_END = regex.compile(r"[ \t\n]*\([^()]*\)[ \t\n]*$")
# (or the colon of a heading over its tasks: "6. Ủy ban nhân dân các xã, phường có rừng:")
_DESCRIBED_DUTY = regex.compile(
    r"(?<![\p{L}])(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm(?!\s+trước)|có\s+nhiệm\s+vụ|phải|chủ\s+trì)(?![\p{L}])"
    r"|[ \t]*:[ \t*]*(?:\n|$)"
)
# (a bare generic plural's relative clause opens with any word in lower case)
_RELATIVE_LEAD = regex.compile(_GAP + r"(?=\p{Ll})")
_BARE_GENERIC_PLURAL = regex.compile(
    r"(?:các|Các|những|Những)\s+(?:"
    + _alt(_BODIES_DATA["generic_nouns"])
    + r")(?:\s*,\s*(?:"
    + _alt(_BODIES_DATA["generic_nouns"])
    + r"))*",
    regex.I,
)
_HEADING_DESCRIPTION_MAX = 6  # words of a description a heading's colon closes, at most
_DUTY_DESCRIPTION_WORDS = 14  # (as a qualifier: longer, it is a clause)
_DUTY_DESCRIPTION_CHARS = 100
# (a comma before another item of a list ends the bodies, not the description)
_NEXT_LIST_ITEM = regex.compile(r",\s*(?:các|những|và|\p{Lu})")
_NEXT_DESCRIPTION_SYLLABLE = regex.compile(_GAP + r"(\p{Ll}+)(?![\p{L}\p{N}])")
_NEXT_NAME_SYLLABLE = regex.compile(_GAP + r"(\p{Lu}\p{Ll}*)(?![\p{L}\p{N}])")
# (a reference to a part of the document, or to the document, one word of a description:
# "… có tên tại Điều 1", "… được giao nhiệm vụ tại Quyết định này")
_PART_REFERENCE = regex.compile(
    _GAP
    + r"tại"
    + _GAP
    + r"(?:"
    + _DOCUMENT_PART
    + r"(?:[ \t]+[\p{N}\p{L}]{1,4}(?=[\s,.:;]))?|"
    + _DOCUMENT_ITSELF
    + ")"
)
_HAVE_VERB = regex.compile(r"(?:" + _alt(_DATA["have_verbs"]) + r")(?![\p{L}])")
_BRANCH = regex.compile(r"Chi\s+nhánh")  # a body's branch after a dash, in a place
_DESCRIPTION_MAX = 4  # words of such a description, at most
_MEASURE_WORDS = regex.compile(r"(?<![\p{L}])(?:" + _alt(_DATA["measure_nouns"]) + r")(?![\p{L}])")
# (the duties that make an actor the subject of its clause, and the lead role)
_TAIL_DUTY = regex.compile(r"(?:" + _alt([*_DATA["actor_duties"], "chủ trì"]) + r")(?![\p{L}])")
_NEXT_LOWER_SYLLABLE = regex.compile(r"[ \t]+(\p{Ll}+)(?![\p{L}\p{N}])")
# ... and a name's own word on the next line, where the line wraps ("Cục Quản lý ngân sách" /
# "nhà nước chủ trì …", _Doc.confirmed_tail)
_NEXT_TAIL_SYLLABLE = regex.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)(\p{Ll}+)(?![\p{L}\p{N}])")
_TAIL_BREAKS = frozenset(_BODIES_DATA["name_run"]["breaks"])
_UNIT_NUMBER = regex.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)số\s+\d{1,3}(?![\p{L}\p{N}/.)-])")  # (wrapped too)
# (the dash may end a hard-wrapped line: "… Việt Nam -" / "Chi nhánh tỉnh Lào Cai …")
_DASH_BEFORE_PARENT = regex.compile(r"[ \t]+[-–](?:[ \t]+|[ \t]*\n[ \t]*)(?=\p{Lu})")
# a name that ends at a name word's one lower-case syllable (Di sản, Hải quan)
# (or at a lower-case word the grammar took after it: Đội Quản lý thị trường; not at a level)
_NAME_WORD_ENDING = regex.compile(
    r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}*(?:[ \t\n]+\p{Ll}+)+(?<!(?:tỉnh|huyện|xã|phường|quận|phố|trấn|cấp|khu|ương))$"
)
_TWO_WORD_VERB_STARTS = frozenset(w for w in _BODIES_DATA["verb_starts"] if " " in w)
_VERB_START_NOUNS = frozenset(_BODIES_DATA["verb_start_nouns"])


def _opens_verb_after(masked: str, word, previous: str) -> bool:
    """``_opens_verb``, unless ``word`` is the second syllable of a noun after
    ``previous`` (``công`` + ``trình``)."""
    return _opens_verb(masked, word) and (previous, word.group(1)) not in OBJECT_COMPOUND_PAIRS


def _opens_verb(masked: str, word) -> bool:
    """Does the lower-case syllable ``word`` (a _NEXT_LOWER_SYLLABLE match) open
    a verb, alone or with the syllable after it (``thông báo``)?"""
    after = _NEXT_LOWER_SYLLABLE.match(masked, word.end())
    pair = word.group(1) + " " + after.group(1) if after is not None else ""
    if pair in _VERB_START_NOUNS:
        return False  # ("… quản lý an toàn thực phẩm theo phân cấp": a noun, no "thực hiện")
    if word.group(1) in _VERB_START_WORDS or word.group(1) in _TAIL_BREAKS:
        return True
    return pair in _TWO_WORD_VERB_STARTS


_HONORIFIC = regex.compile(r"[ \t\n]*(?:" + _alt(_DATA["honorifics"]) + r")[ \t\n]+(?=\p{Lu})", regex.I)


# (one or several: "Đề nghị Quý Bộ, Quý Ủy ban cử 01 lãnh đạo …")
_ANAPHOR = regex.compile(
    r"[ \t\n]*((?:{a})(?:[ \t]*(?:,|và)[ \t]*(?:{a}))*)(?=[ \t\n]+\p{{Ll}})".format(
        a=_alt(_DATA["addressee_anaphors"])
    )
)
_ANAPHOR_SEPARATOR = regex.compile(r"[ \t]*(?:,|\svà\s)[ \t]*")
_ADDRESS_LINE = regex.compile(
    r"(?:" + _alt(_DATA["address_labels"]) + r")[\s*]*:[\s*]*([^\n(;]+(?:\n[^\n(;]+)?)"
)


def _single_addressee(text: str, masked: str) -> Optional[str]:
    """The one addressee of a letter (``Kính gửi: Công ty TNHH Tokokosen.``), as
    written; None when there is none or a list of them."""
    label = _ADDRESS_LINE.search(masked, 0, min(len(masked), _ADDRESS_REACH))
    if label is None:
        return None
    name = doc_name = text[label.start(1) : label.end(1)]
    cut = regex.search(r"\.\s*(?:$|\n)|\.\s*\*|\n\s*\n", name)
    if cut is not None:
        doc_name = name[: cut.start()]
    first_line = doc_name.split("\n")[0]
    if first_line != doc_name and not _one_body(light_name(doc_name)) and _one_body(light_name(first_line)):
        # ("Kính gửi: Ủy ban nhân dân phường, xã và đặc khu" / "Căn cứ Luật …": the
        # name is whole on its line, the letter goes on below it)
        doc_name = first_line
    name = light_name(doc_name)
    if (
        not name[:1].isalpha()  # ("| - Các cơ quan …": a list laid out below the label)
        or ("," in name or " và " in name)
        # ("Ủy ban nhân dân các tỉnh, thành phố …", "Ủy ban nhân dân phường, xã và đặc khu" is one)
        and not _one_body(name)
        or "|" in name
        or name.casefold().startswith("các ")
        or len(name.split()) > 15
    ):
        return None
    return name


_ADDRESS_REACH = 4000  # the Kính gửi line is in the letter's header
_ADDRESS_LABEL = regex.compile(r"(?:" + _alt(_DATA["address_labels"]) + r")[\s*]*:[*]*")
_LISTED_ADDRESSEE = regex.compile(r"[ \t]*[-+•][ \t]+(.+?)[ \t]*[;.,]?[ \t*]*$")
_ADDRESS_LIST_LINES = 12
_COURTESY_WORD = regex.compile(r"(?i)quý[ \t]+")


def _listed_addressees(text: str, masked: str) -> tuple[str, ...]:
    """The addressees listed a line each below ``Kính gửi:`` (``- Các Chi cục Hải quan
    khu vực;`` / ``- Công ty TNHH Điện tử Vina Tech Bắc Ninh.``), as written."""
    label = _ADDRESS_LABEL.search(masked, 0, min(len(masked), _ADDRESS_REACH))
    if label is None:
        return ()
    names: list[str] = []
    line_start = masked.find("\n", label.end()) + 1
    for _ in range(_ADDRESS_LIST_LINES):
        if line_start <= 0 or line_start >= len(masked):
            break
        line_end = masked.find("\n", line_start)
        line_end = len(masked) if line_end < 0 else line_end
        line = text[line_start:line_end]
        item = _LISTED_ADDRESSEE.match(line)
        if item is not None:
            names.append(light_name(item.group(1)))
        elif line.strip(" \t|*") or names:
            break  # (the list ends at its first other line; a table's bar before it is skipped)
        line_start = line_end + 1
    return tuple(names)


def _addressee_named(addressees: Sequence[str], anaphor: str) -> Optional[str]:
    """The one listed addressee that the text's ``Công ty``, ``Quý Công ty``, ``Quý Sở``
    … stands for: the only one whose name opens with that word, after ``các`` (``Quý
    Bộ``: ``Các Bộ, cơ quan ngang Bộ, …``) (None: none or several).  Several anaphors
    (``Quý Bộ, Quý Ủy ban``) stand for one addressee each, all of them named."""
    parts = _ANAPHOR_SEPARATOR.split(anaphor.strip())
    if len(parts) > 1:
        named_each = [_addressee_named(addressees, part) for part in parts]
        return "; ".join(named_each) if all(named_each) and len(set(named_each)) == len(named_each) else None
    head = _COURTESY_WORD.sub("", anaphor).casefold()
    named = [
        name
        for name in addressees
        if _PLURAL_MARK.sub("", name.casefold()).startswith((head + " ", head + ","))
    ]
    return named[0] if len(named) == 1 else None


_PLURAL_MARK = regex.compile(r"^(?:các|những)\s+")


_ANAPHOR_NAME = regex.compile(_alt(_DATA["addressee_anaphors"]))


def _addressee_meant(doc: "_Doc", found: "_Found") -> "_Found":
    """A fact whose body is a letter's word for its addressee (``Công ty có trách
    nhiệm …``, ``Doanh nghiệp phải …``) as the subject of its clause: the addressee
    whose name opens with that word (the request verbs read it so already)."""
    if _ANAPHOR_NAME.fullmatch(found.body) is None:
        return found
    addressee = _addressee_named((doc.addressee,) if doc.addressee else doc.addressees, found.body)
    return found if addressee is None else replace(found, body=addressee)


def _one_body(name: str) -> bool:
    """Is ``name`` a single body mention, whole?"""
    toks = tokens(name)
    end = body_at(toks, 0) if toks else None
    return end is not None and toks[end - 1].end >= len(name.rstrip(" .;:"))


def _find_dates(text: str, context: DocumentContext) -> list[DateFact]:
    from vanban.extractors.dates import find_dates

    return find_dates(text, context)


def _issuer(text: str, context: DocumentContext) -> Optional[str]:
    if context.header_read:
        return context.issuer
    from vanban.extractors.header.fields import find_header

    try:
        return find_header(text).issuer
    except Exception:  # the header is another finder's job; never fail for it
        return None


# A document that issues itself in its own words: "UBND tỉnh ban hành Kế hoạch phát
# động …", "… Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:" (not a report of
# another's issue: "ban hành Kế hoạch số 12/KH-UBND")
_ADOPTS = regex.compile(
    r"(?<![\p{L}])ban\s+hành\s+(?:" + _alt(_DATA["self_issued_types"]) + r")(?![\p{L}])(?!\s*(?:số|\d))",
    regex.I,
)
_SELF_NAMED_REACH = 6000  # where a document names itself: its opening, not its appendices
# the first article or item of a document: its opening ends there
_FIRST_ITEM = regex.compile(r"(?m)^[ \t]*(?:Điều[ \t]+1[ \t]*\.|I[ \t]*\.|1[ \t]*\.)")


def _self_named_issuer(doc: "_Doc") -> Optional[str]:
    """The issuer of a copy whose header names none (a portal copy of a plan that
    opens at its type line, signed ``KT. CHỦ TỊCH``): the one body that opens the
    clause in which the document issues itself (``UBND tỉnh ban hành Kế hoạch …``).
    The rules need it only to know the issuer's own statements, so a body named by
    its level alone will do.  None when no such clause stands in the opening."""
    masked = doc.masked
    first_item = _FIRST_ITEM.search(masked, 0, _SELF_NAMED_REACH)
    reach = first_item.start() if first_item else min(len(masked), _SELF_NAMED_REACH)
    for verb in _ADOPTS.finditer(masked, 0, reach):
        cut = max(masked.rfind(mark, 0, verb.start()) for mark in (",", ";", ":", ".", "\n\n"))
        start = _skip_space(masked, cut + 1, verb.start())  # (Markdown marks are spaces here)
        found = doc.body_list(start, verb.start(), exact=True)
        if (
            found
            and len(found[0]) == 1
            and len(found[0][0]) == 1
            and not masked[found[1] : verb.start()].strip()
            and title_at(doc.tokens.run(start), 0) is None  # (an organ, not an office holder)
        ):
            body_start, body_end = found[0][0][0]
            return doc.text[body_start:body_end]
    # ("**ỦY BAN NHÂN DÂN TỈNH**" / "*Căn cứ Luật …": the authority line of a decision
    # over its grounds, an organ alone on its line)
    for line in _AUTHORITY_LINE.finditer(masked, 0, reach):
        start, end = line.span(1)
        found = doc.body_list(start, end, exact=True)
        if found and len(found[0]) == 1 and len(found[0][0]) == 1 and found[1] == end:
            if title_at(doc.tokens.run(start), 0) is None:
                return doc.text[start:end]
            break
    return None


_AUTHORITY_LINE = regex.compile(
    r"(?m)^[ \t]*(\p{Lu}[\p{Lu}\p{M} \t]*\p{Lu})[ \t]*\n(?:[ \t]*\n)*[ \t]*Căn[ \t]+cứ"
)


def _locality(issuer: Optional[str]) -> Optional[str]:
    """The issuing body when it names a place with its level (``UBND huyện
    Việt Yên``): it scopes ``UBND huyện`` in the canonical names."""
    if issuer:
        level, place = locality_parts(issuer)
        if level and place:
            return issuer
    return None


# --------------------------------------------------------------------------
# Facts


@dataclass
class _Found:
    start: int
    end: int
    body: str
    role: Optional[str]
    task_from: int
    task_to: int
    kind: str = "clause"
    partners: tuple[str, ...] = ()
    deadline_from: Optional[int] = None
    deadline_to: Optional[int] = None
    block: int = -1
    body_start: Optional[int] = None  # where this body is named inside the clause
    task_text: Optional[str] = None  # when the task is not text[task_from:task_to] (a heading's first item)
    cell_deadline: Optional[str] = None  # a table row's deadline cell, already resolved
    latest_deadline: bool = False  # the latest of the deadlines stated, not the first


def _clean(text: str) -> str:
    return " ".join(mask(text).split())


def _whole_task(text: str) -> str:
    """The task as written, whole (deadline clause included): shortened only
    where it is displayed (the CLI's tables), never in the store."""
    return _clean(text).strip(" ,;:.-–/")


def _role_after(masked: str, pos: int) -> tuple[Optional[str], int]:
    """Role verb right after a body (adverbs allowed before it): (role, end)."""
    # (bounded: a pattern's required "(" or "," is otherwise looked for to the text's end)
    note = match_near(_NOTE_AFTER, masked, pos, _NOTE_REACH)
    if note is not None:
        # "Ban Quản lý … (sau đây gọi tắt là “Ban Quản lý”) có trách nhiệm:"
        pos = note.end()
    appositive = match_near(_APPOSITIVE, masked, pos, _APPOSITIVE_REACH)
    if appositive is not None:
        # "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi …"
        pos = appositive.end()
    adverbs = _ADVERBS.match(masked, pos)
    at = adverbs.end() if adverbs else pos
    best = None
    for match in _ROLE_RX.finditer(masked, pos, min(len(masked), at + 60)):
        if match.start() in (pos, at) or (adverbs and match.start() <= at):
            best = match
            break
    if best is None:
        return None, pos
    phrase = " ".join(best.group().replace(",", " ").split())
    return _ROLES.get(phrase), best.end()


def _partners(doc: _Doc, start: int, end: int) -> tuple[str, ...]:
    # (within reach of the task's start: a sentence of many clauses is read once per
    # clause, and each would otherwise search it to its end)
    match = _PARTNER_CUE.search(doc.masked, start, min(end, start + _PARTNER_REACH))
    if not match:
        return ()
    found = doc.body_list(match.end(), end)
    if not found:
        return ()
    return tuple(light_name(doc.text[a:b]) for group in found[0] for a, b in group)


def _deadline(doc: _Doc, start: int, end: int, latest: bool = False) -> Optional[str]:
    """The first date in ``[start, end)`` introduced as a deadline: ``trước ngày
    15/12/2025``, ``trong quý 4/2017``, ``hoàn thành trong năm 2025``; with
    ``latest``, the one that ends last."""
    if latest:
        # (only a time to complete by: "đến năm 2045" in a plan's title is no deadline
        # of the heading's tasks)
        cued = (
            d.value for d in doc.dates if start <= d.start < end and _cued(doc, start, d, _COMPLETION_CUE)
        )
        return max(cued, key=_period_end, default=None)
    return next((d.value for d in doc.dates if start <= d.start < end and _cued(doc, start, d)), None)


def _cued(doc: _Doc, start: int, date: DateFact, cue: regex.Pattern = _DEADLINE_CUE) -> bool:
    """Is ``date`` introduced as a deadline by the words before it (from ``start`` on)?"""
    before = doc.masked[max(start, date.start - 30) : date.start]
    if _HORIZON.search(before):
        return False  # "tầm nhìn đến năm 2065": a plan's horizon, no deadline
    # The date's own first word (``ngày``, ``quý``) may follow the cue inside the date span.
    lead = date.text.split()[0] if date.text.split() else ""
    return bool(
        cue.search(before) or (lead.lower() in ("ngày", "năm", "quý", "tháng") and cue.search(before + lead))
    )


_HORIZON = regex.compile(r"(?:tầm\s+nhìn|định\s+hướng)\s+(?:đến|tới)\s*(?:năm\s*)?$", regex.I)


def _period_end(value: str) -> str:
    """A date value as the day its period ends, comparable as text: ``2025`` →
    ``2025-12-31``, ``2025-11/2025-12`` → ``2025-12-31``, ``2026-Q1`` → ``2026-03-31``."""
    value = value.split("/")[-1]
    quarter = regex.fullmatch(r"(\d{4})-Q([1-4])", value)
    if quarter:
        return f"{quarter.group(1)}-{int(quarter.group(2)) * 3:02d}-31"
    return (value + "-12-31")[:10] if len(value) == 4 else (value + "-31")[:10]


def _cell_date(doc: _Doc, start: int, end: int) -> Optional[str]:
    """The date in a table's deadline cell (``31/10/2025``, ``2025``), the end of
    a period (``Năm 2025 - 2026``: by 2026); None for ``Thường xuyên``."""
    for date in doc.dates:
        if start <= date.start < end:
            return date.value.split("/")[-1]
    return None


def _clause_start(masked: str, sentence_start: int, pos: int) -> int:
    """Start of the clause (after ``;`` or ``:``) that holds ``pos``."""
    cut = max(masked.rfind(";", sentence_start, pos), masked.rfind(":", sentence_start, pos))
    return cut + 1 if cut >= 0 else sentence_start


def _skip_space(masked: str, pos: int, end: int) -> int:
    while pos < end and masked[pos].isspace():
        pos += 1
    return pos


def _after_marker(masked: str, start: int, end: int) -> int:
    marker = _MARKER_AT.match(masked, start, end) if start < end and _may_open_marker(masked[start]) else None
    pos = marker.end() if marker else start
    return _skip_space(masked, pos, end)


# (not "Căn cứ Kế hoạch này, các Sở … triển khai": the document's own text)
_LEGAL_BASIS = regex.compile(
    r"căn\s+cứ\s+(?:vào\s+)?(?:các\s+)?(?:hiến\s+pháp|bộ\s+luật|luật|pháp\s+lệnh|nghị\s+định|nghị\s+quyết"
    r"|thông\s+tư|quyết\s+định|chỉ\s+thị|kế\s+hoạch|công\s+văn|văn\s+bản|thông\s+báo|công\s+điện)(?![\p{L}])"
    r"(?!\s+này)",
    regex.I,
)
# (the owner of what an opening phrase names, whom it comes from, the agent of a
# passive, the topic after "Đối với": "hồ sơ do Ban Quản lý dự án trình", "Đối với các
# xã, phường có ổ dịch", no actor of the phrase)
_CONDITION_SUBJECT = regex.compile(r"[\s*]*(?:Khi|Nếu|Trường\s+hợp)\s+(?:(?:các|những)\s+)?")
_NEGATION = regex.compile(r"\s+(?:chưa|không)(?![\p{L}])")
_OWNER_BEFORE = regex.compile(r"(?<![\p{L}])(?:của|từ|do|với)\s+(?:(?:các|những)\s+)?$")
# (partners named in a short phrase: "phối hợp với Bộ Công an, …")
_WITH = regex.compile(r"(?<![\p{L}])với\s")

# a connective before the clause's subject ("…; đồng thời Bộ trưởng Bộ Tài chính chỉ đạo …")
_CONNECTIVE_OPEN = _Opener(
    regex.compile(r"(?i:" + _alt(_DATA["connectives"]) + r")[ \t]+(?=\p{Lu})"), _DATA["connectives"]
)

# a step's time limit ("Trong thời hạn 05 ngày làm việc", "Trong vòng 02 (hai) ngày"), its
# number's first digit (also where a cell of steps by their time limits opens: _STEP_MARKER)
_TIME_LIMIT_NUMBER = r"Trong\s+(?:thời\s+hạn|vòng)\s+(?:tối\s+đa\s+)?\d"
_TIME_LIMIT_OPEN = regex.compile(
    _TIME_LIMIT_NUMBER
    + r"\d*(?:\s*\([^()\n]{1,20}\))?\s+(?:ngày|giờ|tháng)(?:\s+làm\s+việc)?[ \t\n]+(?=\p{L})"
)


def _names_nothing(doc: "_Doc", pos: int) -> bool:
    """Is the word at ``pos`` a head that needs a name and has none (``công chức,
    viên chức``)?"""
    toks = doc.tokens.run(pos, BODY_STARTS)
    return bool(toks) and toks[0].start == pos and head_without_name(toks, 0)


def _leading_adverbial(doc: "_Doc", pos: int, end: int) -> list[int]:
    """Where a clause's subject may start: at ``pos``; after one short
    introductory phrase closed by a comma (``Sau hội nghị,``); or after a longer
    one that opens with an introducer and runs over several commas or a colon
    (``Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, Sở X …``, ``Về …:
    Bộ Y tế …``).  The phrase must neither task nor name a body itself."""
    masked = doc.masked
    out = [pos]
    end_of_clause = end
    topic_place = _TOPIC_PLACE.match(masked, pos, end)
    if topic_place is not None:
        # "Riêng đối với Thành phố Hồ Chí Minh, Chủ tịch Ủy ban nhân dân Thành phố chỉ đạo
        # …": the place is whom the clause is about, its subject follows the comma
        out.append(_skip_space(masked, topic_place.end(), end))
        return out
    limit = _TIME_LIMIT_OPEN.match(masked, pos, end) if masked.startswith("Trong", pos) else None
    if limit is not None:
        # "Trong thời hạn 05 ngày làm việc cơ quan có thẩm quyền công nhận trả lời …": a
        # procedure step's time limit, its actor right after it with no comma between
        out.append(limit.end())
    connective = _CONNECTIVE_OPEN.match(masked, pos, end)
    if connective is not None:
        # "…; đồng thời Bộ trưởng Bộ Tài chính chỉ đạo …": a connective, the subject after it
        out.append(connective.end())
    marker = _SUBJECT_MARKER.match(masked, pos, end)
    if marker is not None:
        # "Đối với các chủ đầu tư cần nhanh chóng dọn dẹp mặt bằng …": the words name
        # whom the clause is about, its subject follows them
        out.append(marker.end())
    if masked[pos : pos + 1] in "Cc" and _LEGAL_BASIS.match(masked, pos, end):
        # "Căn cứ Thông tư số 02/2017/TT-VPCP … của Bộ trưởng, Chủ nhiệm Văn phòng Chính
        # phủ hướng dẫn …": a legal basis cited, whose words after a comma are still
        # the cited text's, no subject of this clause
        return out
    # ("Riêng đối với Thành phố Hồ Chí Minh, Chủ tịch …": an introducer after the marker)
    intro = _INTRO.match(masked, pos, end) is not None or (
        marker is not None and _INTRO.match(masked, marker.end(), end) is not None
    )
    # an introducer's phrase may run over up to eight commas (or a colon) and 80 words
    separator, tries, max_words = (_INTRO_END, 8, 80) if intro else (_COMMA, 1, 6)
    # (looked for within the reach of so many words only: a sentence of many clauses
    # is read once per clause)
    end = min(end, pos + _WORD_REACH * max(max_words, _TOPIC_WORDS if intro else 0))
    stop = pos
    opened = False  # a subject after a comma was found
    colon = masked.find(":", pos, end) if intro else -1
    if colon >= 0 and len(masked[pos:colon].split()) <= _TOPIC_WORDS:
        # "5. Về điều chuyển số vốn dư … của Quốc hội cho tỉnh Thanh Hóa: Ủy ban nhân
        # dân tỉnh Thanh Hóa rà soát …": a topic closed by a colon is a noun phrase,
        # however long and whatever bodies and verbs it names ("Về đề nghị Bộ Nội vụ
        # tham mưu …: Bộ Nội vụ nghiên cứu …")
        after = _skip_space(masked, colon + 1, end)
        if doc.tokens.may_start(after, _PLACE_OR_BODY_STARTS):
            out.append(after)
            return out
    for _ in range(tries):
        found = separator.search(masked, stop, end)
        if found is None:
            break
        comma = found.start()
        stop = found.end()
        after = _skip_space(masked, found.end(), end)
        if len(masked[pos:comma].split()) > max_words:
            break
        # Only a body (or a place) is a subject: test the word after the comma first, it is cheap.
        if (
            not doc.tokens.may_start(after, _PLACE_OR_BODY_STARTS)
            and not _known_acronym(doc, after, end)
            and not (doc.notice and _subject_place_named(doc, after, end))
        ) or _NOT_ACTOR.match(masked, after, end):
            continue  # ("…, trường hợp phát sinh khó khăn, vướng mắc, các cơ quan …": the phrase goes on)
        if _phrase_has_actor(doc, pos, comma):
            break
        if not intro and _WITH.search(masked, pos, comma):
            # ("…; phối hợp với Bộ Công an, Bộ Quốc phòng và … hoàn thiện …": the comma
            # goes on with the partners, it closes no phrase)
            break
        # The first comma that may open a subject does; an introducer's phrase may list
        # its owners over more commas ("Trong thời hạn 03 ngày … đề nghị của các cơ quan,
        # đơn vị, Sở Khoa học và Công nghệ thực hiện …"): a later one may open a named
        # subject, tried in turn, as may an authority named by its power ("… ý kiến của
        # chuyên gia, các bên liên quan (nếu có), cơ quan quản lý nhiệm vụ … quyết định …")
        if not opened or masked[after].isupper() or _COMPETENT.match(masked, after, end) is not None:
            out.append(after)
            # (a head in lower case that names nothing here, "cán bộ, công chức, viên chức
            # chuyển công tác thì …", opens no subject: the condition's "thì" is still looked for)
            opened = opened or not _names_nothing(doc, after)
    if not intro and not opened:
        # "Kiến nghị của cử tri có nội dung liên quan thông tin được tiếp cận có điều kiện
        # thì các cơ quan, đơn vị nghiên cứu, giải quyết …": a condition with no
        # introducer, closed by "thì"
        reach = min(end_of_clause, pos + _WORD_REACH * _CONDITION_WORDS)
        # (most clauses hold no "thì": a find rules them out before a scan)
        then = _THEN.search(masked, pos, reach) if masked.find("thì", pos, reach) >= 0 else None
        if then is not None:
            after = _skip_space(masked, then.end(), end_of_clause)
            if (
                len(masked[pos : then.start()].split()) <= _CONDITION_WORDS
                and doc.tokens.may_start(after, _PLACE_OR_BODY_STARTS)
                and not _phrase_has_actor(doc, pos, then.start())
            ):
                out.append(after)
    if intro and not opened:
        out += _unclosed_phrase_subjects(doc, pos, min(end_of_clause, pos + _WORD_REACH * _CONDITION_WORDS))
    return out


# (words after which a body is the phrase's own: an object, an owner, the subject of a
# condition or of a relative clause)
_BEFORE_SUBJECT = regex.compile(
    r"(?<![\p{L}])(?:của|từ|với|cho|đến|tới|về|tại|trên|giữa|và|hoặc|mà|để|nếu|khi|giao"
    r"|trường\s+hợp|đề\s+nghị|kiến\s+nghị|yêu\s+cầu|chỉ\s+đạo|hướng\s+dẫn|đôn\s+đốc)\s+$"
)
_BEFORE_SUBJECT_REACH = 12  # characters: the longest of those words and a space


_DUTY_OR_MANNER = regex.compile(
    r"(?<![\p{L}])(?:"
    + _alt([role for role, kind in _ROLES.items() if kind == "execute"])
    + r"|"
    + _ADVERB
    + r")(?![\p{L}])"
)


def _unclosed_phrase_subjects(doc: "_Doc", pos: int, end: int) -> list[int]:
    """An opening phrase whose comma was left out ("Trong thời hạn 03 ngày làm việc kể từ
    ngày tiếp nhận đăng ký Công an cấp xã có trách nhiệm …", "Trong quá trình tổ chức
    thực hiện các tổ chức, cá nhân có liên quan thường xuyên rà soát …"): a body inside
    it that a role, a duty or an adverb of manner follows opens the clause — not one
    the phrase names after a preposition or as an owner, nor one with a plain verb
    (that may be the phrase's own clause: "Trong quá trình Sở Y tế triển khai …")."""
    masked = doc.masked
    out: list[int] = []
    if not _DUTY_OR_MANNER.search(masked, pos, end):
        return out  # (most phrases hold neither: one scan rules them out)
    for word in doc.tokens.matches(pos, end):
        start = word.start()
        if start == pos or word.group() not in BODY_STARTS:
            continue
        if _BEFORE_SUBJECT.search(
            masked, max(pos, start - _BEFORE_SUBJECT_REACH), start
        ) or not doc.tokens.may_start(start, BODY_STARTS):
            continue  # ("Trường hợp các cơ quan …", "Về đề nghị Bộ Khoa học …", "… mà các bộ, ngành …")
        found = doc.body_list(start, end, exact=True)
        if not found:
            continue
        body_end = found[1]
        adverbs = _ADVERBS.match(masked, body_end)
        # (a duty or a manner; "chủ trì", "phối hợp" after a generic body may name it:
        # "Trường hợp các cơ quan phối hợp thẩm định có ý kiến khác nhau, …")
        manner = adverbs is not None and adverbs.end() > body_end
        verb = _LETTERS.match(masked, _skip_space(masked, adverbs.end(), end)) if manner else None
        if _role_after(masked, body_end)[0] == "execute" or verb is not None and verb.group()[0].islower():
            # (tested last, the costliest: a phrase that tasks or names an actor before
            # the body holds it for every later body too)
            if not _phrase_has_actor(doc, pos, start):
                out.append(start)
            break
    return out


# the word "thì" that closes a condition and opens the clause it governs
_THEN = regex.compile(r"(?<![\p{L}])thì(?![\p{L}])")
_CONDITION_WORDS = 40  # a condition closed by "thì" with no introducer, at most


def _phrase_has_actor(doc: "_Doc", pos: int, end: int) -> bool:
    """Does an opening phrase task a body itself, or name one that is no mere owner?
    Then the clause's subject is not after it."""
    masked = doc.masked
    if doc.verbs.any_in(pos, end) and any(
        not _blocked_verb(masked, verb) and doc.has_body(verb.end())
        for verb in _VERB_BEFORE.finditer(masked, pos, end)
    ):
        return True  # (the phrase tasks a body itself; "nội dung yêu cầu", "Đối với kiến nghị …" name no request)
    # (a body the phrase names as an owner, or as whom something comes from, is no
    # actor in it: "Sau khi nhận được đề nghị của UBND cấp xã, …", "… kết quả thẩm định từ
    # Phòng Văn hoá - Xã hội, …"; nor is a body inside the owner's name: "Căn cứ hồ sơ đề
    # nghị của Thủ trưởng các đơn vị, …")
    owned_until = pos
    for word in doc.tokens.matches(pos, end):
        start = word.start()
        if start < owned_until or word.group() not in BODY_STARTS:
            continue
        toks = doc.tokens.run(start, BODY_STARTS)
        body_end = body_at(toks, 0) if toks else None
        if body_end is None:
            continue
        # (the owners may be a list: "Trên cơ sở dự toán do Sở Y tế và Sở Giáo dục và Đào
        # tạo xây dựng, Sở Tài chính …")
        owners = doc.body_list(start, end, exact=True)
        if (
            not _OWNER_BEFORE.search(masked, max(pos, start - 14), start)
            # ("Khi các thành viên Ban Chỉ đạo có sự thay đổi về nhân sự, cơ quan cử nhân sự
            # có trách nhiệm …": the subject of the condition, not of the clause)
            and not _CONDITION_SUBJECT.fullmatch(masked, pos, start)
            # ("Đối với các công trình … nhưng Ủy ban nhân dân cấp huyện chưa bố trí đủ phần
            # đối ứng …, Ủy ban nhân dân thành phố xem xét …": what a body has not done is a
            # state the phrase describes, no act of its own)
            and not _NEGATION.match(masked, owners[1] if owners else toks[body_end - 1].end, end)
        ):
            return True
        owned_until = max(toks[body_end - 1].end, owners[1] if owners else 0)
    return False


_MANAGING = regex.compile(
    r"\s+(?:"
    + _alt(_DATA["managing_qualifiers"])
    + r")(?:\s+(?:"
    + _alt(_DATA["managed_people"])
    + r"))?(?![\p{L}])"
)
_BODY_COLON = regex.compile(r"\s*:\s*(?=\p{L})")
_HEADING_NOTE = regex.compile(r"\([^()]*\)")
_EMPHASIS_TAIL = regex.compile(r"\s*,\s*(?:" + _alt(_DATA["emphasis_tails"]) + r")(?![\p{L}\p{N}])")
_SUBJECT_MARKER = _Opener(
    regex.compile(r"(?:" + _alt(_DATA["subject_markers"]) + r")\s+(?=\p{L})"), _DATA["subject_markers"]
)
# A duty after a generic body's description (_described_until_modal), and how long
# that description may be.
_DUTY = regex.compile(r"(?<![\p{L}])(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|phải)(?![\p{L}])")
# A role word between a generic body and its duty names the body (_subject_at).
# ("các cơ quan chủ trì phải …", "Các cơ quan, tổ chức, đơn vị chủ trì quản lý tài sản có
# trách nhiệm …": the role and what it is over, up to the duty, describe the bodies)
_ROLE_PARTICIPLE = regex.compile(
    r"[ \t\n]+(?:chủ\s+trì|phối\s+hợp)(?:[ \t\n]+(?!(?:và|hoặc)(?![\p{L}]))\p{Ll}+){0,6}"
    r"(?=[ \t\n]+(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|phải|cần)(?![\p{L}]))"
)
_DESCRIPTION_WORDS = 20
_DESCRIPTION_CHARS = 200
_PLURAL = regex.compile(r"(?:các|Các|những|Những)\s")
# a plural of a body's own units ("Các đơn vị thuộc Bộ", "Các phòng chuyên môn thuộc Sở")
_UNITS_OF = regex.compile(r"(?:các|Các)\s[^,;]*?(?<![\p{L}])thuộc\s+\p{Lu}")
_VERB_START_WORDS = frozenset(_BODIES_DATA["verb_starts"])
_VERB_OPENER_WORDS = frozenset(_BODIES_DATA["verb_openers"])
_OBJECT_STOP_WORDS = frozenset(_BODIES_DATA["object_stops"])
_APPOSITIVE = regex.compile(
    r"[ \t\n]{0,20},?[ \t\n]{0,20}(?:(?:"
    + _alt(_DATA["appositives"])
    + r")(?![\p{L}])[^,.;:()]{0,80},|(?:là|(?<=\n[ \t]{0,8})Là)[ \t\n]+(?:(?:những|các|một)[ \t\n]+)?(?:"
    + _alt(_DATA["appositive_classes"])
    # (not at a comma inside a name: "… là đơn vị sự nghiệp công lập thuộc Sở Văn hóa, Thể thao …")
    + r")(?![\p{L}])[^,.;:()]{0,80},(?![ \t\n]*\p{Lu}))"
)
# (a note wrapped over a line break: "(cơ quan thường trực Ban Chỉ huy" / "Phòng thủ dân sự tỉnh)")
_NOTE_AFTER = regex.compile(r"[ \t\n]{0,20}\((?:[^()\n]|\n(?![ \t]*\n)){1,200}\)")
_NOTE_REACH = 20 + 202
_APPOSITIVE_REACH = 300  # spaces, the appositive's opening words, 80 characters, the comma
_TOPIC_WORDS = 60  # a topic before a colon longer than this is a paragraph of its own
_LABEL_WORDS = 15  # a label that opens an item before its colon, at most
_HEADING_VERB_WORDS = 3  # what a heading's bodies are asked to do over its items, at most
_LABEL_CHARS = 60  # a label before a colon is read back this far
# (a contact label, its last words before the colon: "… xin liên hệ:", "Địa chỉ nhận báo cáo:")
_CONTACT_LABEL = regex.compile(
    r"(?<![\p{L}])(?:" + _alt(_DATA["contact_labels"]) + r")(?:\s+\p{L}+){0,3}\s*$", regex.I
)


def _after_contact_label(masked: str, start: int) -> bool:
    """Does a contact label's colon stand right before ``start`` (``… xin liên hệ:`` +
    ``Phòng …``, in its sentence or ending the line above)?"""
    before = masked[max(0, start - _LABEL_CHARS) : start].rstrip()
    return before.endswith(":") and _CONTACT_LABEL.search(before[:-1]) is not None


_SCOPE_LABEL = regex.compile(r"(?<![\p{L}])(?:" + _alt(_DATA["scope_labels"]) + r")(?![\p{L}])", regex.I)
_WORD_REACH = 25  # characters a word takes at most, spaces and markdown included


def _empty_task(text: str) -> bool:
    words = _LETTERS.findall(text.casefold())
    return all(w in _EMPTY_TASK for w in words)


# (a capitalised verb that opens its line, after its list marker at most)
_LINE_OPENING = regex.compile(r"(?:^|\n)[ \t*#]*(?:" + _MARKER_AT.pattern + r")?[ \t*]*$")


def _blocked_verb(masked: str, match) -> bool:
    after = _LETTERS.findall(masked[match.end() : match.end() + 20].casefold())
    if after and after[0] in _BLOCKED_AFTER:
        return True  # ("đề nghị của", "yêu cầu về": a noun)
    if masked[match.start()].isupper() and _LINE_OPENING.search(
        masked, max(0, masked.rfind("\n", 0, match.start())), match.start()
    ):
        # "Điều 10. … đóng trên địa bàn" / "Đề nghị Thuế tỉnh …": a request that opens its
        # line opens its clause, whatever word ends the line above ("bàn" of "bàn giao")
        return False
    if _AGENT_BEFORE.search(masked, max(0, match.start() - _AGENT_REACH), match.start()):
        # "các nhiệm vụ, giải pháp được Chính phủ giao cho Bộ Công Thương tại Nghị quyết …",
        # "các nhiệm vụ Chính phủ giao cho Bộ Tài chính": the agent of a passive or of a
        # clause that tells which tasks, no request of this document
        return True
    window = masked[max(0, match.start() - 30) : match.start()].casefold()
    before = _LETTERS.findall(window)
    if _BLOCKED_BEFORE.search(window):
        return True
    if _BLOCKED_CHAIN.search(window):
        return True  # "Hồ sơ trình, đề nghị …"
    # (a tense of the clause's own verb: "đã yêu cầu", not of the clause or sentence
    # before it: "… giải pháp tỉnh đã đề ra; yêu cầu tỉnh Tuyên Quang …", "… khu vực
    # đã di dời. / **6.** Giao Báo và Phát thanh, Truyền hình …")
    cut = max(window.rfind(";"), window.rfind("."), window.rfind(":"))
    own = _LETTERS.findall(window[cut + 1 :]) if cut >= 0 else before
    return any(w in ("đã", "vừa", "sẽ", "từng", "đang") for w in own[-3:])


# a short note in brackets on the line, then the separator of a list and the next member's start
# (no list in the note: "Đối với các xã, phường ven biển (Hải Thanh, Hải Bình, …), UBND các xã
# …" names a topic, then its body)
_NOTE_THEN_SEPARATOR = regex.compile(r"\([^()\n,;]{1,80}\)[ \t]*(?P<separator>[,;]|và(?![\p{L}]))[ \t\n]*")


def _group_name(doc: _Doc, group: list[tuple[int, int]]) -> tuple[int, int, str]:
    start, end = group[0][0], group[-1][1]
    resolved = doc.named_again.get((start, end))  # (a body named again by its head: _named_again)
    name = resolved if resolved is not None else light_name(doc.text[start:end])
    return start, end, _places_named_above(doc, name, start)


# (the level words of the registry written in lower case, but the "cấp …" and "khu vực" forms)
_LEVEL_WORD = (
    "(?:"
    + _alt([w for w in _BODIES_DATA["levels"] if w.islower() and not w.startswith(("cấp", "khu"))])
    + ")"
)
_LEVEL_PLURAL = _LEVEL_WORD + r"(?:\s*,\s*" + _LEVEL_WORD + r")*"
# "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên": the places of that level the
# document listed above ("- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Trị, Huế, …;")
_NAMED_ABOVE = regex.compile(r"^(.*?(?<![\p{L}])các\s+(" + _LEVEL_PLURAL + r"))\s+nêu\s+trên$")
_PLACE_LIST_CHARS = 400  # a listed group of places, at most


def _places_named_above(doc: _Doc, name: str, before: int) -> str:
    """``name`` with its plural of places ``… các tỉnh, thành phố nêu trên`` written
    out as the document listed them before ``before`` (``… các tỉnh, thành phố: Quảng
    Trị, Huế, Đà Nẵng``); ``name`` as it is when no such list precedes it."""
    named = _NAMED_ABOVE.match(name)
    if named is None:
        return name
    level = r"\s*,\s*".join(
        r"\s+".join(map(regex.escape, part.split())) for part in named.group(2).split(",")
    )
    listed = None
    for listed in regex.finditer(
        r"(?<![\p{L}])các\s+"
        + level
        + r"\s*:\s*([^;.:()]{3,"
        + str(_PLACE_LIST_CHARS)
        + r"}?)\s*(?:[;.]|\Z)",
        doc.masked[:before],
    ):
        pass
    if listed is None:
        return name
    places = [
        " ".join(place.split())
        for place in regex.split(r",|\s+và\s+", doc.text[listed.start(1) : listed.end(1)])
    ]
    if not places or not all(place[:1].isupper() for place in places):
        return name  # (a list of places names each with a capital)
    return f"{named.group(1)}: {', '.join(places)}"


_ALIAS_WORDS = 12  # the most words between a body and its alias bracket that still describe it


def _alias_start(masked: str, body_end: int, s_end: int) -> Optional[int]:
    """Where the bracket that names the bodies for short (``(sau đây gọi tắt là …)``)
    opens, when the words before it since ``body_end`` describe the bodies (a few
    lower-case words, no sentence mark): the bodies' names end there."""
    bracket = masked.find("(", body_end, min(s_end, body_end + 200))
    if bracket < 0 or not _ALIAS.match(masked, bracket + 1):
        return None
    words = masked[body_end:bracket].split()
    if (
        not words
        or len(words) > _ALIAS_WORDS
        or not words[0][:1].islower()
        or regex.search(r"[.,;:!?\[\]“”]", masked[body_end:bracket])
    ):
        return None
    return body_end + len(masked[body_end:bracket].rstrip())


def _stressed_member(
    doc: _Doc, body_end: int, s_end: int
) -> Optional[tuple[list[list[tuple[int, int]]], int]]:
    """``…, nhất là ACV``: a body named after a list to stress it, as groups of its
    own (each tasked as the list is) and where it ends; None when there is none."""
    emphasis = _EMPHASIS.match(doc.masked, body_end, s_end)
    if emphasis is None:
        return None
    found = doc.body_list(emphasis.end(), s_end, exact=True)
    if found:
        return found
    # (an acronym the registry does not know, "ACV", stands for a body here)
    acronym = _ACRONYM.match(doc.masked, emphasis.end(), s_end)
    return ([[acronym.span()]], acronym.end()) if acronym else None


def _opening_verb(match) -> bool:
    """Is a match of _VERB_BEFORE one of ``opening_verbs`` (``phân công``)?"""
    return " ".join(match.group().casefold().split()) in _OPENING_VERBS


def _past_bullets(masked: str, pos: int, end: int) -> int:
    """Where a clause's words start at ``pos``: past spaces and the bold marks and
    bullets before them (``**``, ``-``, ``+``), not beyond ``end``."""
    pos = _skip_space(masked, pos, end)
    while pos < end and masked[pos] in "*-+":
        pos = _skip_space(masked, pos + 1, end)
    return pos


def _nested_request(doc: _Doc, s_start: int, s_end: int, verb: int) -> bool:
    """Does a tasking verb at ``verb`` sit inside its clause, after words that are
    not its subject (``có biện pháp yêu cầu …``, ``phải hướng dẫn, yêu cầu …``)?"""
    masked = doc.masked
    start = _past_bullets(masked, _clause_start(masked, _after_marker(masked, s_start, s_end), verb), verb)
    if start >= verb:
        return False
    subject = doc.body_list(start, verb, exact=True, places=True)
    return not (subject and not masked[subject[1] : verb].strip())


def _asks_requested_body(doc: _Doc, s_start: int, match) -> bool:
    """Does the tasking verb ``match`` follow, in its clause, a request and the body it
    asks (``đề nghị Ủy ban nhân dân các tỉnh, thành phố`` + ``giao Sở Tài chính làm đầu
    mối …``)?  Then the verb is how that body is to do what it is asked, as ``X chỉ đạo
    Y`` is X's task: the body after it is not asked by the document."""
    masked = doc.masked
    start = _clause_start(masked, _after_marker(masked, s_start, match.start()), match.start())
    for before in _VERB_BEFORE.finditer(masked, start, match.start()):
        asked = doc.body_list(_skip_space(masked, before.end(), match.start()), match.start(), exact=True)
        if asked and not masked[asked[1] : match.start()].strip():
            return True
    return False


_SUBJECT_REQUEST = regex.compile(r"yêu\s+cầu$", regex.I)
_REQUEST_AFTER = regex.compile(r"[\s*]*(yêu\s+cầu)\s")
# the head of an organ speaking for it ("Chủ tịch UBND tỉnh yêu cầu …", "Trưởng Ban Chỉ đạo …")
_SPEAKER_TITLE = regex.compile(
    r"(?:Phó\s+)?(?:Thủ\s+tướng|Chủ\s+tịch|Bộ\s+trưởng|Thứ\s+trưởng|Giám\s+đốc|Trưởng\s+[Bb]an|"
    r"Cục\s+trưởng|Tổng\s+cục\s+trưởng|Chánh\s+Văn\s+phòng)(?![\p{L}])"
)


def _requested_by_subject(doc: _Doc, s_start: int, s_end: int, match) -> bool:
    """Is a request (``yêu cầu X …``) made by the body that opens its clause, one
    that is neither the issuer nor its head (``**7. Ban Quản lý Khu kinh tế Nghi Sơn**
    yêu cầu các chủ đầu tư …``, ``Sở Xây dựng yêu cầu chủ đầu tư, nhà thầu …``)?
    Then the task is that body's — to require it — as ``X chỉ đạo Y`` is X's; the
    issuer's own request (``Cục Hải quan yêu cầu các Chi cục …``) tasks its object."""
    if not _SUBJECT_REQUEST.match(" ".join(match.group().split())):
        return False
    masked = doc.masked
    after = _after_marker(masked, s_start, s_end)
    if after == s_start and not _follows_in_paragraph(masked, s_start):
        # (an item's only: "Chính phủ yêu cầu các Bộ trưởng, …" opens a resolution's tasks;
        # not one after another sentence of its item: "**7.** Sở Nội vụ hướng dẫn …. Sở
        # Xây dựng yêu cầu các chủ đầu tư, nhà thầu …")
        return False
    start = _past_bullets(masked, _clause_start(masked, after, match.start()), match.start())
    # (after an opening phrase too: "Trường hợp cần thiết, Trưởng Đoàn kiểm tra yêu cầu đối
    # tượng kiểm tra cung cấp …")
    for subject_start in reversed(_leading_adverbial(doc, start, match.start())):
        subject = doc.body_list(subject_start, match.start(), exact=True)
        if subject and not masked[subject[1] : match.start()].strip(" *,"):
            return not _speaks_for_issuer(doc, subject[0], subject_start)
    return _requested_later_by_subject(doc, after, s_end, match)


def _follows_in_paragraph(masked: str, s_start: int) -> bool:
    """Does the sentence at ``s_start`` go on from another on its line, so a
    paragraph's later sentence, not the opening of an item or a text?"""
    line_start = masked.rfind("\n", 0, s_start) + 1
    return bool(masked[line_start:s_start].strip(" *\t")) and masked[:s_start].rstrip()[-1:] == "."


def _requested_later_by_subject(doc: _Doc, after: int, s_end: int, match) -> bool:
    """Is a request in lower case, later in an item's sentence (``**11.** Ban Quản lý
    các khu công nghiệp … kiểm tra …; yêu cầu các doanh nghiệp …``, ``6. Đối với …,
    Sở Nông nghiệp và Môi trường chủ trì, …, rà soát, yêu cầu tổ chức, cá nhân …``),
    made by the body that opens the sentence and acts in it, neither the issuer nor
    its head?  Then to require it is one more of that body's tasks."""
    masked = doc.masked
    if not masked[match.start()].islower():
        return False
    start = _past_bullets(masked, after, match.start())
    for subject_start in reversed(_leading_adverbial(doc, start, match.start())):
        subject = doc.body_list(subject_start, match.start(), exact=True)
        if not subject or subject[1] >= match.start():
            continue
        role, _ = _directive_verb(doc, subject[1], match.start())
        if role is None:
            continue
        return not _speaks_for_issuer(doc, subject[0], subject_start)
    return False


def _speaks_for_issuer(doc: _Doc, groups: list[list[tuple[int, int]]], start: int) -> bool:
    """Is the subject at ``start`` the issuer or its head, whose request tasks whom it
    names (``Cục Hải quan yêu cầu …``, ``Chủ tịch UBND tỉnh yêu cầu …``)?"""
    return _names_issuer(doc, groups) or _SPEAKER_TITLE.match(doc.masked, start) is not None


def _names_issuer(doc: _Doc, groups: list[list[tuple[int, int]]]) -> bool:
    """Is the subject the issuer, by its whole name or a short one its name opens with
    (``Ban Chỉ đạo Trung ương`` for ``Ban Chỉ đạo Trung ương các chương trình …``)?"""
    if _is_issuer(doc, groups):
        return True
    if doc.issuer is None or len(groups) != 1 or len(groups[0]) != 1:
        return False
    name = canonical_body(doc.text[groups[0][0][0] : groups[0][0][1]]).casefold()
    return len(name.split()) > 1 and doc.issuer.casefold().startswith(name + " ")


def _verb_before(
    doc: _Doc, s_start: int, s_end: int, out: list[_Found], block: int, within: bool = False
) -> None:
    """``Giao X …``, ``yêu cầu X …``.  ``within``: the sentence is a task of the body
    named by the heading above it; a request inside it, not opening its clause
    (``a) Tăng cường …, có biện pháp yêu cầu các chủ đầu tư lập …``), is how
    that body does its task."""
    if not doc.verbs.any_in(s_start, s_end):
        return
    masked = doc.masked
    for match in _VERB_BEFORE.finditer(masked, s_start, s_end):
        if _blocked_verb(masked, match):
            continue
        if (
            within
            and (
                _nested_request(doc, s_start, s_end, match.start())
                or " ".join(match.group().casefold().split()) in _PROPOSAL_VERBS
                # ("- Giao trách nhiệm …; yêu cầu các đơn vị được giao quản lý niêm yết …"
                # under "6. Ủy ban nhân dân các phường …:": a later request in lower case is
                # the heading body's, as one after a body that opens its sentence is)
                or masked[match.start()].islower()
                and masked[s_start : match.start()].rstrip()[-1:] in (";", ",")
                and _SUBJECT_REQUEST.match(" ".join(match.group().split())) is not None
            )
        ):
            continue  # (the heading's body asks or proposes, as part of its own task)
        if _requested_by_subject(doc, s_start, s_end, match):
            continue  # (the subject's own task: it is to require them; _body_first reads it)
        if _asks_requested_body(doc, s_start, match):
            continue  # ("đề nghị UBND các tỉnh giao Sở Tài chính …": how the body asked does it)
        if _opening_verb(match) and (
            match.group().isupper() or _nested_request(doc, s_start, s_end, match.start())
        ):
            # "tỉnh chủ động phân công các đơn vị …": the subject's own act; "Quyết định
            # này quy định phân cấp cho …", "PHÂN CẤP CHO SỞ …": the decision's subject
            continue
        # "Giao đồng chí Bộ trưởng Bộ Xây dựng …", "Đề nghị các đồng chí Bộ trưởng, …": a
        # courtesy between the verb and the office, no part of the office's name
        honorific = _HONORIFIC.match(masked, match.end())
        found = honorific is not None and doc.body_list(honorific.end(), s_end, places=True)
        # ("kính đề nghị Quý cơ quan liên hệ …" in a letter to one addressee: that
        # addressee, not a generic "cơ quan")
        anaphor = (
            _ANAPHOR.match(masked, match.end(), s_end)
            if (doc.addressee or doc.addressees) and not found
            else None
        )
        addressee = anaphor and (doc.addressee or _addressee_named(doc.addressees, anaphor.group(1)))
        if not addressee:
            anaphor = None
        if anaphor is None:
            found = (
                found or doc.body_list(match.end(), s_end, places=True) or _bare_list(doc, match.end(), s_end)
            )
            if not found and doc.notice:
                # "Đề nghị Tỉnh khẩn trương …" in a notice of a visit to a province: the
                # level word alone stands for that province, as when it opens a clause
                found = _place_named_again(doc, _skip_space(masked, match.end(), s_end), s_end)
        if not found:
            if anaphor is not None:
                # "Đề nghị Công ty căn cứ các quy định nêu trên để thực hiện.": the addressee
                out += [
                    replace(f, body=addressee)
                    for f in _per_body(
                        doc,
                        [[(anaphor.start(1), anaphor.end(1))]],
                        _clause_start(masked, s_start, match.start()),
                        s_end,
                        "execute",
                        anaphor.end(),
                        s_end,
                        block,
                    )
                ]
            continue
        groups, body_end = found
        stressed = _stressed_member(doc, body_end, s_end)
        if stressed is not None:
            groups, body_end = groups + stressed[0], stressed[1]
        aliased = _alias_start(masked, body_end, s_end)
        if aliased is not None:
            # "… Chủ tịch Ủy ban nhân dân các tỉnh, thành phố bị ảnh hưởng bởi thiên tai (sau đây gọi tắt là …)"
            groups, body_end = [[(groups[0][0][0], aliased)]], aliased
        elif _role_after(masked, body_end)[0] is None:
            # "yêu cầu Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ tập trung …"
            qualified = _qualifier_end(masked, body_end, s_end)
            if qualified is None:
                qualified = _generic_description_end(doc, groups, body_end, s_end)
            if qualified is not None:
                groups, body_end = [[(groups[0][0][0], qualified)]], qualified
        verb = " ".join(match.group().casefold().split())
        if (verb == "đề nghị" or verb in _PROPOSAL_VERBS) and _is_issuer_head(doc, groups):
            # "c) Đề nghị Chủ tịch Ủy ban nhân dân tỉnh quyết định thu hồi …" in a decision
            # of that People's Committee: no document asks its own head; a subordinate
            # does, as a step of its own task
            continue
        rest = masked[body_end:s_end]
        if _DONE_AFTER.match(rest) and match.group().casefold().startswith("giao"):
            # "… công trình giao cho doanh nghiệp, hợp tác xã đã phát huy hiệu quả": what was
            # handed over and done, no request ("Đề nghị các ngân hàng đã ký thỏa thuận … cập
            # nhật …" asks those that did)
            continue
        if _empty_task(rest) and rest.strip(" *\n") != ":":
            # the closing formula: "Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực
            # hiện./.", "Cục Hải quan yêu cầu các đơn vị nghiêm túc thực hiện./." (no task but
            # the document's own; "… đề nghị Ủy ban nhân dân các tỉnh, …:": the tasks are below)
            continue
        clause_start = _clause_start(masked, s_start, match.start())
        if " ".join(match.group().casefold().split()) in _PROPOSAL_VERBS and _LETTERS.search(
            _MARKER_AT.sub("", masked[clause_start : match.start()], count=1)
        ):
            continue  # "Thủ trưởng đơn vị … xem xét và đề xuất với Tổng Kiểm toán …": the subject proposes
        # (the tense of the verb's own subject, after any introductory phrase: "Để bảo
        # đảm … trước tình trạng nguồn nước đang chịu tác động …, Chủ tịch UBND thành
        # phố yêu cầu …" is a request)
        comma = masked.rfind(",", clause_start, match.start())
        if _PAST_OR_PLAN.search(masked, max(clause_start, comma + 1), match.start()):
            continue  # "UBND tỉnh đã giao …", "tỉnh sẽ đề nghị …": a reported fact or a plan
        if comma > clause_start and not masked[comma + 1 : match.start()].strip():
            # "Bộ Y tế đã có văn bản cảnh báo, đề nghị các cơ sở …": the verb after the
            # comma goes on with the subject and its tense before it
            subject = doc.body_list(
                _skip_space(masked, _after_marker(masked, clause_start, comma), comma), comma
            )
            if subject is not None and _PAST_OR_PLAN.match(masked, _skip_space(masked, subject[1], comma)):
                continue
        role, _ = _role_after(masked, body_end)
        out += _per_body(doc, groups, clause_start, s_end, role or "execute", body_end, s_end, block)


# A tense right after a request's bodies: the sentence tells what they did or do.
_DONE_AFTER = regex.compile(r"[ \t\n]*(?:đã|đang|vừa)(?![\p{L}])")
_BELONGS = regex.compile(r"(?<![\p{L}])(?:" + _alt(_BODIES_DATA["generic_links"]) + r")\s+\p{Lu}")


_LABEL_TAIL_WORDS = 3  # a label's words after its bodies that still qualify them
_QUOTE_REACH = 1500  # how far back an opening quotation mark is looked for


def _quoted(masked: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation (“…”) that opened not long before it?  The
    new wording of an amended article (``Sửa đổi, bổ sung Điều 6 như sau: “Điều 6.
    …”``) is no quotation: it is the amending document's own text."""
    start = max(0, pos - _QUOTE_REACH)
    opened = masked.rfind("“", start, pos)
    if opened <= masked.rfind("”", start, pos):
        return False
    return not _AMENDED_TEXT.search(masked, max(0, opened - 40), opened)


# What introduces an article's new wording (the quotation after it is the text itself).
_AMENDED_TEXT = regex.compile(r"(?:như\s+sau|sau\s+đây)[\s*]*:[\s*]*$")


def _bare_list(doc: _Doc, pos: int, end: int) -> Optional[tuple[list[list[tuple[int, int]]], int]]:
    """A list of generic bodies written without ``các`` right after a tasking verb
    (``đề nghị bộ, ngành, địa phương khẩn trương …``), as ``body_list`` gives
    bodies.  A single generic noun is not taken: after a verb it is most often
    the verb's object (``yêu cầu tổ chức …``)."""
    toks = doc.tokens.run(pos, BODY_STARTS)
    if not toks:
        return None
    stop = generic_at(toks, 0)
    if stop is None or toks[stop - 1].end > end:
        return None
    if not any(t.text == "," for t in toks[:stop]) and (
        stop < 3  # (words of a name: "cơ sở thực hiện dịch vụ" may be anything's object)
        or toks[0].text.lower() in _VERB_START_WORDS
        or not _line_opens_task(doc.masked, _skip_space(doc.masked, toks[stop - 1].end, end))
    ):
        # one generic noun: taken when it cannot be the verb's object read as a verb
        # and a task opens right after it ("yêu cầu chính quyền địa phương tiếp tục rà
        # soát …", not "yêu cầu tổ chức …")
        return None
    return [[(toks[0].start, toks[stop - 1].end)]], toks[stop - 1].end


def _per_body(
    doc: _Doc,
    groups: list[list[tuple[int, int]]],
    start: Optional[int],
    end: int,
    role: Optional[str],
    task_from: int,
    task_to: int,
    block: int,
    partners_from: Optional[int] = -1,
    **more,
) -> list[_Found]:
    """One finding per group of tasked bodies (groups are ``;``-separated; a
    ``,`` list is one group).  ``start`` None: each clause starts at its own body;
    partners are read from ``partners_from`` (default: the task's start; None: none)."""
    out = []
    for group in groups:
        name_start, _, name = _group_name(doc, group)
        partners_at = task_from if partners_from == -1 else partners_from
        out.append(
            _Found(
                name_start if start is None else start,
                end,
                name,
                role,
                task_from,
                task_to,
                partners=_partners(doc, partners_at, end) if partners_at is not None else (),
                block=block,
                body_start=name_start,
                **more,
            )
        )
    return out


_BRACKET_AT_END = regex.compile(r"\(([^()]{3,300})\)[ \t*]*[.;]?[ \t*]*$")
_LEAD_IN_BRACKET = regex.compile(r"[ \t*]*(?<![\p{L}])(?:chủ\s+trì|phụ\s+trách|thực\s+hiện)(?![\p{L}])")


def _bracketed_lead(doc: _Doc, start: int, end: int, block: int) -> list[_Found]:
    """A task whose lead body is named in a bracket that closes it (``- Tổ chức tập
    huấn … (Phòng Giáo dục Trung học chủ trì; thời gian: tháng 3/2026).``): the
    task is the words before the bracket, the deadline is read in the bracket."""
    bracket = _BRACKET_AT_END.search(doc.masked, start, end)
    found = _bodies_in_bracket(doc, bracket, start)
    if not found:
        return []
    groups, body_end = found
    lead = _LEAD_IN_BRACKET.search(doc.masked, body_end, min(bracket.end(1), body_end + _BRACKET_NAME_TAIL))
    if lead is None:
        # "(Ủy ban nhân dân các xã, phường, đặc khu; thời gian: tháng 01/2026)": the bodies
        # alone, then the time of the task, name its lead as the role word does
        lead = _TIME_IN_BRACKET.match(doc.masked, body_end, bracket.end(1))
    if lead is None or not _LOWER_WORDS.fullmatch(doc.masked, body_end, lead.start()):
        return []
    # (the bracket closes the name: its lower-case words before the role are the
    # name's, "Phòng Quản lý chất lượng chủ trì")
    groups[-1][-1] = (groups[-1][-1][0], lead.start())
    return _per_body(
        doc, groups, start, end, "lead", start, bracket.start(), block, deadline_from=start, deadline_to=end
    )


def _bodies_in_bracket(
    doc: _Doc, bracket, task_start: int
) -> Optional[tuple[list[list[tuple[int, int]]], int]]:
    """The bodies a bracket that closes a task opens with (``doc.body_list`` from its
    first word), when the task before it has words enough to be one."""
    if bracket is None or bracket.start() - task_start < _BRACKET_TASK_CHARS:
        return None
    inner = _skip_space(doc.masked, bracket.start(1), bracket.end(1))
    return doc.body_list(inner, bracket.end(1), exact=True)


_TIME_IN_BRACKET = regex.compile(
    r"[ \t]*;[ \t]*(?:thời\s+gian|thời\s+hạn|tiến\s+độ)(?:\s+\p{Ll}+){0,2}[ \t]*:", regex.I
)
_BRACKET_TASK_CHARS = 20  # the fewest characters of a task before its bracket
_BRACKET_NAME_TAIL = 40  # characters of a name's lower-case words before the role in the bracket
_LOWER_WORDS = regex.compile(r"(?:[ \t]+\p{Ll}+)*")


def _relayed(doc: _Doc, s_start: int, s_end: int, out: list[_Found], block: int) -> None:
    """``… phản ánh về Sở X tổng hợp, báo cáo …``: a body reached through ``gửi`` or
    ``về`` and followed by a task verb is tasked with what follows."""
    masked = doc.masked
    if not doc.relays.any_in(s_start, s_end) or not _RELAY_VERB_ANYWHERE.search(masked, s_start, s_end):
        return  # (most sentences relay nothing: one scan rules them out)
    for match in _RELAY_BEFORE.finditer(masked, s_start, s_end):
        if not doc.tokens.may_start(match.end(), BODY_STARTS):
            continue
        if not _names_sender(doc, s_start, match.start()):
            continue
        found = doc.body_list(match.end(), s_end, exact=True)
        if not found:
            continue
        groups, body_end = found
        verb = _RELAY_VERB.match(masked, body_end, s_end)
        if verb is None or _is_issuer(doc, groups):
            continue  # (what is sent to the issuer, "phản ánh về Ủy ban nhân dân tỉnh để xem xét", tasks nobody)
        out += _per_body(doc, groups, None, s_end, "execute", verb.start(), s_end, block, body_end)


def _names_sender(doc: _Doc, s_start: int, relay: int) -> bool:
    """Does the sentence before a relay (``gửi``/``về`` + body) name who sends: a
    tasking verb (``đề nghị các cơ quan …``), a subject (``các đơn vị có văn bản đề
    xuất, gửi …``) or the troubles to report (``nếu có khó khăn, vướng mắc, kịp thời
    phản ánh về …``)?  A subjectless bullet of another body's tasks (``- Báo cáo
    kết quả … gửi Sở X tổng hợp``) or a purpose (``Là cơ sở để … gửi Bộ Y tổng
    hợp``) only says where a report goes."""
    masked = doc.masked
    if _RELAY_SENDER.search(masked, s_start, relay):
        return True
    for verb in _VERB_BEFORE.finditer(masked, s_start, relay):
        if doc.body_list(_skip_space(masked, verb.end(), relay), relay):
            return True  # (a verb that tasks a body: "kiến nghị gửi …" tasks nobody)
    after = _after_marker(masked, s_start, relay)
    # the subject opens the sentence or a clause after a comma ("Trường hợp …, các đơn vị có văn bản đề xuất, gửi …")
    starts = _leading_adverbial(doc, after, relay)
    starts += [_skip_space(masked, comma + 1, relay) for comma in range(after, relay) if masked[comma] == ","]
    return any(_subject_at(doc, subject, relay) is not None for subject in starts)


def _qualifier_end(masked: str, body_end: int, s_end: int) -> Optional[int]:
    """Where a body's qualifier ends, when the name the grammar found is followed by
    words that still describe the body and then by a verb that opens the task
    (``Ủy ban nhân dân`` + ``các cấp`` + ``có trách nhiệm``, ``Các cơ quan`` +
    ``được giao chủ trì`` + ``có trách nhiệm``, ``Văn phòng Ban chỉ đạo`` +
    ``phòng thủ dân sự quốc gia`` + ``phối hợp``): the qualifier opens with a word
    of ``qualifier_starts`` (or follows a head that takes a complement) and ends at
    a verb of ``subject_ends``.  None when the verb follows the name at once or
    what lies between reads as a clause of its own."""
    if not _QUALIFIER_START.match(masked, body_end, s_end) and not _COMPLEMENT_HEAD.search(
        masked, max(0, body_end - 20), body_end
    ):
        return None
    breaks = _CHARGE_BREAK if _CHARGE.match(masked, body_end, s_end) else _QUALIFIER_BREAK
    for match in _SUBJECT_END.finditer(masked, body_end, min(s_end, body_end + 160)):
        qualifier = masked[body_end : match.start()]
        if not qualifier.strip(" ,"):
            return None
        if _PASSIVE_TAIL.search(qualifier):
            continue
        words = qualifier.split()
        if (
            len(words) > _QUALIFIER_WORDS
            or not words[0][:1].islower()
            or regex.search(r"[.,;:()!?\[\]]", qualifier)
            or breaks.search(qualifier)
            or _verb_in_qualifier(masked, body_end, match.start())
        ):
            return None
        return body_end + len(qualifier.rstrip())
    return None


def _described_until_modal(masked: str, body_end: int, s_end: int, plain: bool = False) -> Optional[int]:
    """Where the description of a generic body ends, when a duty follows it
    (``Các tổ chức, cá nhân và hộ gia đình khai thác sử dụng tài nguyên nước dưới
    đất trên địa bàn`` + ``có trách nhiệm``): a generic noun names no one until
    described, so the words up to the modal are the body's, commas included, as
    long as they read as a description (no sentence mark, role or tasking verb,
    nor a clause opener)."""
    modal = _DUTY.search(masked, body_end, min(s_end, body_end + _DESCRIPTION_CHARS))
    if modal is None:
        return None
    description = masked[body_end : modal.start()]
    # (a duty spelt out after a plain generic noun, "Các cơ quan, đơn vị" + "theo thẩm quyền
    # quản lý ngành, lĩnh vực" + "có trách nhiệm", follows the whole description: the
    # words may open with a verb or an adverb — "thực hiện nhiệm vụ phục vụ công tác bầu
    # cử" tells which bodies, as "trực tiếp chỉ đạo," before a second duty does not)
    strong = plain and modal.group() != "phải" and not description.rstrip().endswith(",")
    aside = _ADVERB_ANYWHERE.search(description)
    if aside is not None and description[: aside.start()].strip():
        # "… quản lý quy hoạch theo chức năng, nhiệm vụ được giao có trách nhiệm": the
        # manner of the duty closes the description, when nothing but adverbs follows it
        adverbs = _ADVERBS.match(masked, body_end + aside.start() - 1)
        if adverbs is None or masked[adverbs.end() : modal.start()].strip(" ,"):
            return None
        description = description[: aside.start()]
    words = description.split()
    if (
        not words
        or len(words) > _DESCRIPTION_WORDS
        or not words[0][:1].islower()
        or (not strong and words[0] in _VERB_START_WORDS)
        or words[-1] in ("và", "hoặc")  # "… trực tiếp chỉ đạo và chịu trách nhiệm": two verbs
        or any(
            not strong or description[: adverb.start()].strip()
            for adverb in _ADVERB_ANYWHERE.finditer(description)
        )
        or regex.search(r"[.;:()!?\[\]“”\"]", description)
        or _QUALIFIER_BREAK.search(description)
        or _ROLE_RX.search(description)
        or _verb_in_qualifier(masked, body_end, modal.start())
    ):
        return None
    return body_end + len(description.rstrip(" ,"))


_GENERIC_QUALIFIER_CLOSER = regex.compile(
    r"(?<![\p{L}\p{N}])(?:" + _alt(_DATA["generic_qualifier_closers"]) + r")(?![\p{L}\p{N}])"
)
_GENERIC_QUALIFIER_ACTIVITY = regex.compile(
    r"(?:" + _alt(_DATA["generic_qualifier_activities"]) + r")(?![\p{L}\p{N}])"
)
_GENERIC_QUALIFIER_NOT = regex.compile(r"(?:" + _alt(_DATA["generic_qualifier_not"]) + r")(?![\p{L}\p{N}])")
_TRANSITIVE_ACTIVITIES = frozenset(_DATA["generic_qualifier_transitive"])
_PLURAL_WORD = regex.compile(r"(?<![\p{L}])(?:các|những)(?![\p{L}])", regex.I)
# the tiers of local government by name ("Ủy ban nhân dân cấp xã"): every body of that tier
_LEVEL_CLASS = regex.compile(r"(?<![\p{L}])cấp[ \t\n]+(?:tỉnh|huyện|xã)(?![\p{L}])")
_QUALIFIER_VERB_SYLLABLES = frozenset(_DATA["generic_qualifier_verb_syllables"])
_GENERIC_QUALIFIER_WORDS = 6  # longer, the words read as the task of an unknown verb
_GENERIC_QUALIFIER_CHARS = 60  # (where the closer is looked for: the qualifier's words and a few more)
# (when a trade or activity with its object opens the qualifier: "kinh doanh dịch vụ nghĩa
# trang, dịch vụ hỏa táng" is twelve syllables)
_ACTIVITY_QUALIFIER_WORDS = 12
_ACTIVITY_QUALIFIER_CHARS = 100  # (where its closer is looked for)


def _generic_qualifier_end(masked: str, start: int, body_end: int, s_end: int) -> Optional[int]:
    """Where the words that narrow a generic body starting at ``start`` end (``Các
    doanh nghiệp`` + ``xuất khẩu gạo`` + ``chủ động …``, ``UBND các xã, phường`` +
    ``ven biển`` + ``khẩn trương …``): a task opener of ``generic_qualifier_closers``
    follows them within a few words on the line, and they hold no verb start of the
    data but for an opening verb that tells what the body does
    (``generic_qualifier_activities``: ``kinh doanh xăng dầu``, ``sử dụng ngân
    sách``).  None otherwise: the words after the body are its task, or an unknown
    verb may open them (``các đơn vị phản ánh kịp thời …``)."""
    if not _PLURAL.match(masked, start) and masked[start:body_end].split()[0].casefold() in _VERB_START_WORDS:
        return None  # ("Tổ chức tiêm phòng tập trung …": a verb, not the generic noun)
    at = _skip_space(masked, body_end, s_end)
    activity = _GENERIC_QUALIFIER_ACTIVITY.match(masked, at)
    # (what a body does names it at more length, its object's items listed with commas:
    # "các doanh nghiệp" + "kinh doanh dịch vụ nghĩa trang, dịch vụ hỏa táng" + "niêm yết …")
    # ("Ủy viên Thường trực Ban Chỉ đạo điều hành, tổ chức …": a verb listed before the
    # next one, no trade with an object)
    trade = activity is not None and masked[activity.end() : activity.end() + 1] == " "
    reach, most = (
        (_ACTIVITY_QUALIFIER_CHARS, _ACTIVITY_QUALIFIER_WORDS)
        if trade
        else (_GENERIC_QUALIFIER_CHARS, _GENERIC_QUALIFIER_WORDS)
    )
    closer = _GENERIC_QUALIFIER_CLOSER.search(masked, body_end, min(s_end, body_end + reach))
    if closer is None:
        return None
    qualifier = masked[body_end : closer.start()]
    words = qualifier.split()
    rest = masked[activity.end() : closer.start()].split() if activity else words
    if (
        not words
        or len(words) > most
        or qualifier.rstrip().endswith(",")
        or not words[0][:1].islower()
        or _GENERIC_QUALIFIER_NOT.match(masked, at)
        or not activity
        and (words[0] in _VERB_OPENER_WORDS or words[0] in _OBJECT_STOP_WORDS)
        or any(word in _VERB_START_WORDS or word in _QUALIFIER_VERB_SYLLABLES for word in rest)
        or words[-1] in ("được", "giao")  # ("… được giao chủ trì …": the charge, not the task)
        # ("… các tổ chức chính trị - xã hội tham gia tuyên truyền …": an activity with no
        # object before a task verb is the body's own verb, unless a duty follows it)
        or activity is not None
        and not rest
        and " ".join(activity.group().split()) in _TRANSITIVE_ACTIVITIES
        and not _DUTY.match(masked, closer.start())
        or regex.search(r"[.;:()!?\[\]“”\"]" if trade else r"[.,;:()!?\[\]“”\"]", qualifier)
        # (a line break only where the text is wrapped: the next line goes on in lower case)
        or regex.search(r"\n(?![ \t]*\p{Ll})", qualifier)
        or _QUALIFIER_BREAK.search(qualifier)
        or _ADVERB_ANYWHERE.search(qualifier)
        or _ROLE_RX.search(qualifier)
        or _verb_in_qualifier(masked, body_end, closer.start())
    ):
        return None
    return body_end + len(qualifier.rstrip())


def _generic_description_end(
    doc: _Doc, groups: list[list[tuple[int, int]]], body_end: int, s_end: int, bare: bool = False
) -> Optional[int]:
    """Where the words describing a generic body end (``_described_until_modal``,
    ``_generic_qualifier_end``), whether the body opens its clause or is asked by a
    verb before it (``Yêu cầu các chủ rừng`` + ``là tổ chức`` + ``xây dựng …``); None
    when the body is no generic one or nothing describes it.  ``bare``: the body is
    a generic noun alone."""
    if len(groups) != 1:
        return None
    masked = doc.masked
    # (the list's last member is the one described: "Sở Tài chính, …, UBND cấp xã và
    # các Sở, ban, ngành quản lý quy hoạch … có trách nhiệm")
    last = groups[0][-1][0]  # (where the list's last name starts)
    # (a class of levels names every body of it, as a plural does: "Ủy ban nhân dân cấp xã"
    # + "nơi có di tích" + "có trách nhiệm …")
    generic = bare or _generic_group(doc, last) or _LEVEL_CLASS.search(masked, last, body_end) is not None
    first = groups[0][0][0]
    plain = not any(word[:1].isupper() for word in masked[first:body_end].split()[1:])
    qualified = _described_until_modal(masked, body_end, s_end, plain) if generic else None
    if qualified is None and (generic or _PLURAL_WORD.search(masked, last, body_end)):
        # (a plural anywhere in the last name too: "Ủy ban nhân dân các xã" + "có khu vực khoáng sản")
        qualified = _generic_qualifier_end(masked, last, body_end, s_end)
    return qualified


def _generic_group(doc: _Doc, start: int) -> bool:
    """Does the last body of a list open with ``các`` or a generic noun (``Chủ đầu tư``)?"""
    if _PLURAL.match(doc.masked, start):
        return True
    toks = doc.tokens.run(start)
    return bool(toks) and toks[0].start == start and generic_at(toks, 0) is not None


def _verb_in_qualifier(masked: str, start: int, end: int) -> bool:
    """A tasking verb (``giao``, ``đề nghị``) inside a qualifier, but for the
    passive ``được giao`` and a word the verb's syllable only opens (``sàn giao dịch
    thương mại điện tử``, ``giao thông``)."""
    return any(
        not masked[max(start, verb.start() - 5) : verb.start()].rstrip().endswith("được")
        and not set(_LETTERS.findall(masked[verb.end() : verb.end() + 20].casefold())[:1]) & _WORD_AFTER_VERB
        for verb in _VERB_BEFORE.finditer(masked, start, end)
    )


_ACTOR_HEAD = regex.compile(r"(?:" + _alt(_DATA["actor_heads"]) + r")(?![\p{L}\p{N}])", regex.I)
_ACTOR_DUTY = regex.compile(r"(?<![\p{L}])(?:" + _alt(_DATA["actor_duties"]) + r")(?![\p{L}])")
_TITLE_BEFORE = regex.compile(r"(?:" + _alt(_BODIES_DATA["titles"]) + r")[ \t\n]+", regex.I)
# where an actor's name ends before its duty: an appositive ("Văn thư cơ quan là người
# được lãnh đạo cơ quan giao …, có trách nhiệm") or an aside (", căn cứ vào …")
_ACTOR_NAME_END = regex.compile(r"\s+là\s|\s*,?\s*(?:" + _alt(_DATA["aside_openers"]) + r")(?![\p{L}])")
_ACTOR_MODAL = regex.compile(r"(?<![\p{L}])(?:phải|cần)(?![\p{L}])")
_NOT_ACTOR = regex.compile(r"(?:" + _alt(_BODIES_DATA["not_generic"]) + r")(?![\p{L}])", regex.I)
_ACCOUNTABLE = regex.compile(r"(?:\s+\p{Ll}+){0,2}\s+trước(?![\p{L}])")
_ACTOR_WORDS = 24  # an actor's name and description before its duty, at most
# the one word every duty of actor_duties holds ("nhiệm": có trách nhiệm, có nhiệm vụ); a
# duty added without it fails here, at import, rather than going unseen
(_ACTOR_CUE,) = {
    word for word in _DATA["actor_duties"][0].split() if all(word in d for d in _DATA["actor_duties"])
}


_COMPETENT_HEADS = _alt(_DATA["competent_heads"])
# "Thủ trưởng cơ quan quản lý …", "cơ quan, tổ chức có thẩm quyền liên quan", "Cấp có thẩm quyền"
_COMPETENT = regex.compile(
    r"(?:" + _TITLE_BEFORE.pattern + r")?(?:(?:các|những)[ \t\n]+)?"
    r"(?:" + _COMPETENT_HEADS + r")(?:[ \t\n]*[,/][ \t\n]*(?:" + _COMPETENT_HEADS + r"))*"
    r"[ \t\n]+(?:"
    + _alt(_DATA["competent_markers"])
    + r")(?:[ \t\n]+(?:có[ \t\n]+)?liên[ \t\n]+quan)?(?![\p{L}])",
    regex.I,
)
_STEP_VERB = regex.compile(r"(?:" + _alt(_DATA["step_verbs"]) + r")(?![\p{L}])")
_POWER_STOP = regex.compile(r"(?:" + _alt(_DATA["power_stops"]) + r")(?![\p{L}])")
_POWER_WORDS = 14  # a power's words (its verb and object) before the step, at most
_SYLLABLE = regex.compile(r"[^\s]+")
_NOT_WORD_MARK = regex.compile(r"[^\p{L}\p{N}&/-]")


def _competent_actor(doc: _Doc, pos: int, s_end: int):
    """A competent authority named by the power it holds or what it manages, as a
    clause's subject: ``cơ quan có thẩm quyền công nhận`` + ``trả lời tổ chức …``,
    ``Cấp có thẩm quyền quản lý cán bộ`` + ``thực hiện …``, ``cơ quan quản lý nhiệm vụ
    đổi mới sáng tạo`` + ``kiểm tra …`` (a procedure names the actor of each step so).
    The power's words run to the first verb of ``step_verbs`` after them (no mark, no
    word of ``power_stops`` between).  ``([[name span]], where the name ends)`` or None."""
    masked = doc.masked
    head = _COMPETENT.match(masked, pos, s_end)
    if head is None:
        return None
    end = head.end()
    previous_end = end
    for i, word in enumerate(_SYLLABLE.finditer(masked, end, min(s_end, end + _WORD_REACH * _POWER_WORDS))):
        if i == 0 and (_ACTOR_MODAL.match(masked, word.start()) or _ACTOR_DUTY.match(masked, word.start())):
            # ("Thủ trưởng đơn vị quản lý phải chủ động tổ chức …", "Cơ quan quản lý có trách
            # nhiệm …": what it manages goes unsaid; the modal opens the duty, no power's word)
            return [[(pos, end)]], end
        if i > 0 and _STEP_VERB.match(masked, word.start()):
            return [[(pos, previous_end)]], previous_end
        if _POWER_STOP.match(masked, word.start()) or _NOT_WORD_MARK.search(word.group()):
            break
        previous_end = word.end()
    # (with none, the words are the task's or a longer name's: "Người có thẩm quyền kiểm tra
    # chuyên ngành quy định tại Điều 3 …" — the clause is left to the other readings)
    return None


def _actor_subject(doc: _Doc, pos: int, s_end: int):
    """An actor the registry does not name, as a clause's subject: a noun of
    ``actor_heads`` (after an office title or not) with the words describing it, up
    to its duty (``Tổ chức kiểm định có trách nhiệm …``, ``Người chủ trì soạn thảo
    văn bản đi có trách nhiệm …``, ``Văn thư cơ quan là người được … giao …; có
    trách nhiệm …``, ``Giám đốc Quỹ có trách nhiệm …``).  Found only
    where the duty follows: the same nouns open countless clauses that task nobody.
    ``([[name span]], where the duty starts)`` or None."""
    masked = doc.masked
    if _ACTOR_HEAD.match(masked, pos, s_end) is None:
        # "Giám đốc Quỹ có trách nhiệm …": the office holder of such an actor
        titled = _TITLE_BEFORE.match(masked, pos, s_end)
        if titled is None or _ACTOR_HEAD.match(masked, titled.end(), s_end) is None:
            return None
    duty = _ACTOR_DUTY.search(masked, pos, min(s_end, pos + _WORD_REACH * _ACTOR_WORDS))
    if duty is None:
        return None
    phrase = masked[pos : duty.start()]
    if (
        len(phrase.split()) > _ACTOR_WORDS
        or regex.search(r"[.:!?“”\"]", phrase)
        or _PAST_OR_PLAN.search(phrase)  # (a passive describes: "Cá nhân được giao nhiệm vụ …")
        # ("… cơ quan phối hợp phải báo cáo …, người đứng đầu … chịu trách nhiệm": a rule)
        or _ACTOR_MODAL.search(phrase)
        or _NOT_ACTOR.match(phrase)  # ("Trường hợp …", "Cơ sở dữ liệu …")
        # ("… cá nhân không phân loại … thì cơ sở thu gom có trách nhiệm": a condition's
        # subject; "Cá nhân truy cập, kiểm tra … và chịu trách nhiệm": a second verb)
        or _THEN.search(phrase)
        or phrase.rstrip().endswith(" và")
        # ("Quỹ chịu trách nhiệm toàn diện trước pháp luật": accountable, no task)
        or _ACCOUNTABLE.match(masked, duty.end(), s_end)
    ):
        return None
    cut = _ACTOR_NAME_END.search(phrase)
    if cut is None and phrase.rstrip().endswith(","):
        return None  # (a comma closes no aside here: the duty is one more verb of a list)
    name_end = pos + len(phrase[: cut.start() if cut else len(phrase)].rstrip(" ,;\n"))
    if ";" in masked[pos:name_end] or any(
        _tasks_a_body(phrase, v.end()) for v in _VERB_BEFORE.finditer(phrase)
    ):
        return None  # (a clause that tasks another body is no description)
    return [[(pos, name_end)]], duty.start()


def _subject_at(
    doc: _Doc, pos: int, s_end: int, exact: bool = True, labelled: bool = False, stepped: bool = False
):
    """The bodies a clause opens with (``_body_subject``), an actor the document
    defines (``_defined_actors``), or an actor the registry does not name before its
    duty (``_actor_subject``); None when there is no subject."""
    if (
        doc.masked.find("quyền", pos, pos + _COMPETENT_REACH) >= 0
        or doc.masked.find("quản lý", pos, pos + _COMPETENT_REACH) >= 0
    ):
        competent = _competent_actor(doc, pos, s_end)
        if competent is not None:
            return competent
    # (asked once: most clauses open with no body, and an exact subject starts with one)
    body_starts = doc.tokens.may_start(pos, BODY_STARTS)
    found = _body_subject(doc, pos, s_end, exact, labelled, stepped) if body_starts or not exact else None
    if found is None and body_starts and doc.masked[pos : pos + 1].isupper():
        found = _named_again(doc, pos, s_end)
    if found is None and doc.defined is not None:
        defined = doc.defined.match(doc.masked, pos, s_end)
        if defined is not None:
            return [[(pos, defined.end())]], defined.end()
    if found is None and doc.short_names and doc.masked[pos : pos + 1].isupper():
        found = _acronym_subject(doc, pos, s_end)
    if found is not None or doc.masked.find(_ACTOR_CUE, pos, pos + _WORD_REACH * _ACTOR_WORDS) < 0:
        return found  # (the actor is looked for only where a duty may follow: a find is cheap)
    return _actor_subject(doc, pos, s_end)


_COMPETENT_REACH = 60  # characters from a subject to its marker (có thẩm quyền, quản lý), at most
_NAMED_AGAIN_REACH = 40  # the most earlier mentions of a head looked at for its full name
# a short name: in capitals (EVN, PC06, TN&MT) or one word of a company's brand
# (Petrovietnam, Vinacomin, MobiFone)
_SHORT_NAME = r"\p{Lu}(?:[\p{Lu}\d&]{1,7}|\p{Ll}[\p{L}\d]{3,13})"
_ACRONYM_AT = regex.compile(r"(" + _SHORT_NAME + r")(?![\p{L}\p{N}])")
_ACRONYM_BRACKET = regex.compile(r"[ \t]*\((" + _SHORT_NAME + r")\)")
_ACRONYM_NAME_REACH = 120  # characters before its bracket where the name an acronym stands for may start


def _acronyms(doc: _Doc) -> dict[str, str]:
    """The short names the document gives bodies in a bracket after their full name
    (``Tập đoàn Điện lực Việt Nam (EVN)``): short name -> full name as written."""
    out: dict[str, str] = {}
    masked = doc.masked
    for bracket in _ACRONYM_BRACKET.finditer(masked):
        short = bracket.group(1)
        if short in out or short.isdigit():
            continue
        # the name is a body mention that ends at the bracket: tried from each capital before it
        for start in _CAPITAL_WORD.finditer(
            masked, max(0, bracket.start() - _ACRONYM_NAME_REACH), bracket.start()
        ):
            found = doc.body_list(start.start(), bracket.start(), exact=True)
            if found and len(found[0]) == 1 and len(found[0][0]) == 1 and found[1] == bracket.start():
                out[short] = light_name(doc.text[start.start() : bracket.end()])
                break
    return out


_CAPITAL_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}")


def _known_acronym(doc: _Doc, pos: int, end: int) -> bool:
    """Does a short name the document gave a body start at ``pos``?"""
    if not doc.short_names or not doc.masked[pos : pos + 1].isupper():
        return False
    short = _ACRONYM_AT.match(doc.masked, pos, end)
    return short is not None and short.group(1) in doc.short_names and short.group(1) in _acronym_table(doc)


def _acronym_table(doc: _Doc) -> dict[str, str]:
    """``_acronyms`` of the document, read once, when first asked."""
    if doc.acronyms is None:
        doc.acronyms = _acronyms(doc) if "(" in doc.masked else {}
    return doc.acronyms


def _acronym_subject(doc: _Doc, pos: int, s_end: int):
    """A body named by the short name the document gave it (``EVN khẩn trương …``)
    before a verb, as ``_subject_at`` gives subjects; the body is its full name
    (recorded in ``doc.named_again``).  None otherwise."""
    short = _ACRONYM_AT.match(doc.masked, pos, s_end)
    if short is None or short.group(1) not in doc.short_names or short.group(1) not in _acronym_table(doc):
        return None
    if (
        not _VERB_NEXT.match(doc.masked, short.end(), s_end)
        and _role_after(doc.masked, short.end())[0] is None
        # ("EVN chuẩn bị sẵn sàng …": any verb, as after a full name in the directive part)
        and _directive_verb(doc, short.end(), s_end)[0] is None
    ):
        return None  # (a verb, or a role: "EVN có trách nhiệm …")
    doc.named_again[(pos, short.end())] = _acronym_table(doc)[short.group(1)]
    return [[(pos, short.end())]], short.end()


def _named_again(doc: _Doc, pos: int, s_end: int):
    """A body named in full earlier and here by its head word alone, with or without
    a title (``Hội đồng Thi đua - Khen thưởng tỉnh`` … ``Chủ tịch Hội đồng chủ trì …``,
    ``Hội đồng họp định kỳ …``), before a verb: the body is the last full
    name with that head before ``pos`` (recorded in ``doc.named_again``).  None when
    there is no such name."""
    toks = doc.tokens.run(pos, BODY_STARTS)
    if not toks or toks[0].start != pos:
        return None
    head_at = title_at(toks, 0) or 0
    head_end = bare_head_at(toks, head_at) if has_token(toks, head_at) else None
    if head_end is None:
        return None
    end = toks[head_end - 1].end
    if not _VERB_NEXT.match(doc.masked, _after_period(doc.masked, end, s_end), s_end):
        return None
    head = doc.masked[toks[head_at].start : end]
    # (its words over any space: "… trong quý II năm 2026. Tập" / "đoàn định kỳ …")
    written = regex.compile(r"(?<![\p{L}])" + r"\s+".join(regex.escape(word) for word in head.split()))
    mentions = [mention.start() for mention in written.finditer(doc.masked, 0, pos)]
    named = None  # the last full name with that head, whatever its part in its clause
    for at in reversed(mentions[-_NAMED_AGAIN_REACH:]):
        found = doc.body_list(at, min(len(doc.masked), at + 200), exact=True)
        if found and len(found[0]) == 1 and len(found[0][0]) == 1:
            start, name_end = found[0][0][0]
            if start == at and name_end > at + len(head) + 1:
                named = named or (start, name_end)
                # ("Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Tài chính … . Bộ
                # hướng dẫn …": a subject named again is the last one that acted nearby, not
                # a partner, owner or addressee named after it; not a title in capitals)
                if pos - at > _ACTING_REACH:
                    break
                if not _NOT_ACTING_BEFORE.search(doc.masked, max(0, at - 20), at) and not (
                    doc.text[start:name_end].isupper()
                ):
                    named = (start, name_end)
                    break
    if named is None:
        return None
    title = doc.text[pos : toks[head_at].start]
    start, name_end = _fullest_writing(doc, *named)
    doc.named_again[(pos, end)] = light_name(title + doc.text[start:name_end])
    return [[(pos, end)]], end


_ACTING_REACH = 600  # characters before a body named again where the one that acted is looked for
# Words before a body that make it a partner, owner or addressee of a clause, no actor.
_NOT_ACTING_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:với|cùng|của|gửi|về|cho|qua|đến|tới|trình|và)[ \t\n]*$", regex.I
)


_FULLEST_REACH = 30  # the most mentions of a name looked at for a fuller writing of it
_FULLER_CHARS = 80  # what a fuller writing adds at most (a place: " tỉnh Thừa Thiên Huế")


def _fullest_writing(doc: _Doc, start: int, end: int) -> tuple[int, int]:
    """The fullest way the document writes the name at ``start:end``: a later or
    earlier mention of the same words that the grammar of names reads on (``Quỹ Bảo
    vệ môi trường`` written elsewhere as ``Quỹ Bảo vệ môi trường tỉnh Quảng Trị``), so
    that a body named again by its head word stands for its whole name, whichever
    mention came last.  The span as given when no mention reads further."""
    words = doc.masked[start:end].split()
    key = " ".join(words)
    cached = doc.fullest.get(key)
    if cached is None:
        cached = (start, end)
        # (case aside: "… khu công nghiệp Thành phố" is "… khu công nghiệp thành phố Hà Nội")
        pattern = regex.compile(r"(?<![\p{L}])" + r"\s+".join(regex.escape(w) for w in words), regex.I)
        for count, mention in enumerate(pattern.finditer(doc.masked)):
            if count >= _FULLEST_REACH:
                break
            found = doc.body_list(mention.start(), mention.end() + _FULLER_CHARS, exact=True)
            if not found or len(found[0]) != 1 or len(found[0][0]) != 1:
                continue
            name_start, name_end = found[0][0][0]
            if (
                name_start == mention.start()
                and name_end > mention.end()
                and (name_end - name_start > cached[1] - cached[0])
            ):
                cached = (name_start, name_end)
        doc.fullest[key] = cached
    return cached


# A level word alone, capitalised, standing for a place (_place_named_again), and
# where a place of that level is named in full.
_BARE_PLACE = regex.compile(r"(?:Tỉnh|Thành\s+phố)(?=[ \t\n])")
_PLACE_IN_FULL = {
    # (not after a plural: "các tỉnh Nam Lào và Đông Bắc Campuchia" names no one province)
    first_word: regex.compile(r"(?<![\p{L}])(?<!(?i:các|những)\s+)(?i:" + level + r")\s+(?=\p{Lu}\p{Ll})")
    for first_word, level in (("Tỉnh", "tỉnh"), ("Thành", r"thành\s+phố"))
}


def _place_named_again(doc: _Doc, pos: int, s_end: int):
    """``Trong thời gian tới, Tỉnh tổ chức thực hiện …`` in a notice of a visit to a
    province: the level word alone, capitalised, before a verb, stands for the province
    the notice is about (``_subject_place``), else for the place of that level named
    last in full before ``pos`` (``tỉnh Điện Biên``), recorded in ``doc.named_again``.
    None when there is no such name."""
    masked = doc.masked
    bare = _BARE_PLACE.match(masked, pos, s_end)
    if bare is None or not _VERB_NEXT.match(masked, bare.end(), s_end):
        return None
    place = _subject_place(doc)
    if place is not None and place[0].split()[0] == bare.group().split()[0].lower():
        # (the one province a central body's notice is about, before any other it names
        # last: "… hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum. … Tỉnh cần …")
        doc.named_again[(pos, bare.end())] = " ".join(place)
        return [[(pos, bare.end())]], bare.end()
    named = None
    for named in _PLACE_IN_FULL[bare.group().split()[0]].finditer(masked, 0, pos):
        pass  # (the last one: rare — a bare level word before a verb — so a scan will do)
    if named is None:
        return None
    found = doc.body_list(named.start(), min(len(masked), named.start() + 100), exact=True, places=True)
    if not found or len(found[0]) != 1 or len(found[0][0]) != 1 or found[0][0][0][1] <= named.end():
        return None
    start, end = found[0][0][0]
    doc.named_again[(pos, bare.end())] = light_name(doc.text[start:end])
    return [[(pos, bare.end())]], bare.end()


_COMPOSITION_WORDS = 12  # the most words of a composition's lead ("Các phòng chuyên môn, nghiệp vụ gồm:")
_MEMBER_WORDS = 20  # the most words of a block of its members (a line may hold two names)


def _words(masked: str, block: _Block) -> int:
    return len(masked[block.start : block.end].split())


# A block that introduces what a body is made of, its items below ("… gồm:", "… bao gồm:")
_COMPOSITION = regex.compile(r"(?<![\p{L}])(?:bao\s+)?gồm(?:\s+có)?\s*:[\s*]*$")
# ... and a body set up with its members listed below (no word limit: "Điều 1. Thành lập Ban
# Chỉ đạo … (sau đây gọi tắt là Ban Chỉ đạo), gồm các thành viên sau:")
# a member named as a person, however long the office after the name ("4. Ông Phan Văn
# Hùng, Phó Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật, Sở … - Thành viên;")
_PERSON_MEMBER = regex.compile(
    r"[\s*]*(?:\d{1,2}[.)]\s*|[-+•]\s*)?(?:Ông|Bà|Đồng\s+chí)\s+\p{Lu}[\p{L}\s]{0,40}?,"
)
_MEMBERS_LEAD = regex.compile(
    r"(?<![\p{L}])gồm\s+(?:các|những)\s+(?:thành\s+viên|ông\s*(?:,|\()?\s*bà\)?|đồng\s+chí)(?:\s+có\s+tên)?"
    r"(?:\s+(?:sau(?:\s+đây)?|như\s+sau))?\s*:[\s*]*$"
)
# a label of members inside such a list ("3. Phó Trưởng ban:", "4. Các Ủy viên:"), the members
# below it
_MEMBER_LABEL = regex.compile(
    r"[\s*]*(?:\d{1,2}[.)]\s*)?(?:Các\s+)?(?:Phó\s+)?"
    r"(?:[ỦUủu][yỷ]\s+viên|[Tt]hành\s+viên|Trưởng\s+[Bb]an|Trưởng\s+[Đđ]oàn|Tổ\s+trưởng|Tổ\s+phó|Chủ\s+tịch|Thư\s+ký)"
    r"(?:\s+\p{Ll}+){0,3}[\s*]*:[\s*]*$"
)
_AGENT = regex.compile(r"(?<=[\p{L}\d)”\"])\s+do\s+(?=\p{Lu})")
_AGENT_ANY = regex.compile(r"(?<=[\p{L}\d)”\"])\s+do\s+(?=\p{L})")
_DOING = regex.compile(r"[\s*]*Việc\s")
_AGENT_VERB = regex.compile(r"\s*(?:" + _alt(_DATA["agent_verbs"]) + r")(?![\p{L}])")


def _agent(doc: _Doc, start: int, s_end: int, out: list[_Found], block: int) -> None:
    """A power stated by its agent: ``Giám đốc Quỹ do Chủ tịch UBND tỉnh bổ nhiệm, miễn
    nhiệm …``, ``Thành phần các phiên họp mở rộng do Trưởng Ban Chỉ đạo quyết định`` — a noun, then
    ``do`` and a body, then one of ``agent_verbs``: the body holds the power (not the
    cause: ``do`` after a verb or a comma, ``do ảnh hưởng của …``)."""
    masked = doc.masked
    # "Việc đánh giá … do người đứng đầu cơ quan cấp trên quản lý trực tiếp thực hiện":
    # a sentence about the doing of a task names who does it, whatever the verb and
    # whether the registry names the body or a generic noun does
    doing = _DOING.match(masked, start, s_end) is not None
    for agent in (_AGENT_ANY if doing else _AGENT).finditer(masked, start, s_end):
        if doing:
            found = _subject_at(doc, agent.end(), s_end)
        else:
            found = doc.body_list(agent.end(), s_end, exact=True)
        if not found or len(found[0]) != 1:
            continue
        if doing:
            verb = _directive_verb(doc, found[1], s_end, short=True)[0]
        else:
            verb = _AGENT_VERB.match(masked, found[1], s_end)
        if verb is None or _is_issuer(doc, found[0]):
            # (the issuer's own power, "mức bố trí hằng năm do Hội đồng nhân dân tỉnh quyết
            # định" in that council's resolution: a statement of the issuer, no task)
            continue
        out += _per_body(doc, found[0], start, s_end, "execute", start, s_end, block)
        return


_DEFINITION = regex.compile(
    r"\(\s*(?:sau\s+đây\s+)?(?:gọi\s+tắt\s+là|gọi\s+chung\s+là|gọi\s+là|viết\s+tắt\s+là)\s+"
    # (a short name in capitals, or quoted in any case: "(sau đây gọi tắt là “đơn vị”)",
    # which the text then writes at a clause's start with a capital, "Đơn vị lập 01 bộ hồ
    # sơ …"; unquoted in lower case it names a class as often: "(sau đây gọi tắt là cá nhân)")
    r"(?:[“\"](\p{L}[^()\n\d;:,.“”\"]{0,40}?)[”\"]|(\p{Lu}[^()\n\d;:,.“”\"]{0,40}?))\s*\)"
)
_DEFINED_WORDS = 5  # the most words of a name a document defines for its actor
_DEFINITION_CUES = ("gọi", "tắt")  # ("viết\ntắt là": the cue may wrap)
_DEFINITION_REACH = 24  # how far before its cue a definition's bracket opens ("(sau đây gọi …")


def _definitions(masked: str):
    """``_DEFINITION``'s matches, tried only at the brackets just before a cue word
    (a scan of the whole document for them cost about 2 % of the finder's time)."""
    for cue in _DEFINITION_CUES:
        at = masked.find(cue)
        while at >= 0:
            bracket = masked.rfind("(", max(0, at - _DEFINITION_REACH), at)
            found = _DEFINITION.match(masked, bracket) if bracket >= 0 else None
            if found is not None:
                yield found
            at = masked.find(cue, at + 1)


_ACTOR_FIRST_WORDS = frozenset(head.split()[0].casefold() for head in _DATA["actor_heads"])


# An article that says what a regulation's words mean ("Điều 3. Giải thích từ ngữ") defines
# its actors item by item ("1. Cơ quan chủ trì là cơ quan được giao chủ trì …", "3. Tổ tuần
# tra liên ngành là tổ công tác do …"), terms its clauses then open with as a body's name
# ("Cơ quan chủ trì hướng dẫn …"); up to the next article
def _article_titled(titles) -> str:
    """A pattern of an article's heading with one of ``titles`` (``Điều 3. Giải thích từ
    ngữ``, in bold or not), any white space between the words of a title."""
    alternatives = "|".join(r"\s+".join(map(regex.escape, title.split())) for title in titles)
    return r"(?m)^[ \t*]*Điều\s+\d+\s*\.?[\s*]*(?:" + alternatives + ")"


_GLOSSARY_ARTICLE = regex.compile(_article_titled([_DATA["glossary_article"]]), regex.I)
assert _DATA["glossary_article"] in _DATA["scope_articles"], "a glossary tasks nobody: it is a scope article"
_GLOSSARY_TERM = regex.compile(
    r"(?m)^[ \t*]*(?:(?:\d{1,2}|\p{Ll})[.)][ \t*]*)?(\p{Lu}\p{Ll}*(?:[ \t]+\p{L}+){1,%d}?)[ \t]+là[ \t\n]+"
    % (_DATA["glossary_term_words"] - 1)
)


def _glossary_actors(masked: str):
    """The actors a regulation's glossary article defines: a term that opens with a noun
    of ``actor_heads`` (Cơ quan chủ trì, Đơn vị duy trì) or is defined as one (Tổ tuần
    tra liên ngành là tổ công tác …); not a thing (Cây cổ thụ là cây thân gỗ …)."""
    if "thích từ ngữ" not in masked and "thích từ\nngữ" not in masked:
        return  # (most documents define no words: one find rules the patterns out)
    for article in _GLOSSARY_ARTICLE.finditer(masked):
        following = _NEXT_PART.search(masked, article.end())
        for term in _GLOSSARY_TERM.finditer(
            masked, article.end(), following.start() if following else len(masked)
        ):
            name = " ".join(term.group(1).split())
            if (
                name.split()[0].casefold() in _ACTOR_FIRST_WORDS and _ACTOR_HEAD.match(name)
            ) or _ACTOR_HEAD.match(masked, term.end()):
                yield name


def _defined_actors(masked: str):
    """The actors a regulation names for short (``Nghị định này quy định chi tiết về Quỹ
    nhà ở quốc gia (sau đây gọi là Quỹ)``, ``Chi cục Kiểm lâm (sau đây viết tắt là Chi
    cục)``, ``(sau đây gọi tắt là “đơn vị”)``), with a title over them (``Giám đốc
    Quỹ``): a pattern that matches such a name with a capital, followed by a verb in
    lower case, or None.  A short name is an actor's when it opens with a noun of
    ``actor_heads`` (not ``Thông tư``, ``Hệ thống …``, ``Kế hoạch``)."""
    names = set()
    for definition in _definitions(masked):
        name = " ".join((definition.group(1) or definition.group(2)).split())
        words = name.split()
        if (
            len(words) <= _DEFINED_WORDS
            and words[0].casefold() in _ACTOR_FIRST_WORDS
            and _ACTOR_HEAD.match(name)
        ):
            # (a name defined in lower case is an actor's where a clause opens with it:
            # "Đơn vị lập 01 bộ hồ sơ …"; in lower case it may open a longer generic name,
            # "… (nếu có), đơn vị đề nghị hỗ trợ có trách nhiệm …", read as such)
            names.add(name[0].upper() + name[1:])
    names.update(_glossary_actors(masked))
    if not names:
        return None
    # (followed by a verb, "Quỹ mở sổ kế toán …", or a verb of "có", "Giám đốc Quỹ có văn
    # bản quyết định …"; not by more of a name: "Quỹ nhà ở địa phương …")
    verb = _VERB_NEXT.pattern + r"|\s+" + _HAVE_VERB.pattern
    return regex.compile(r"(?:(?:" + _TITLE_ALT + r")\s+)?(?:" + _alt(sorted(names)) + r")(?=" + verb + ")")


_TITLE_ALT = _alt(TITLES)
# (a verb's first syllable: "Hội đồng họp …", not a word that opens with a head: "Ban hành", "Trường hợp")
_VERB_NEXT = regex.compile(
    r"\s+(?!" + _NOT_VERB_WORDS + r")(?:" + _alt(_BODIES_DATA["verb_starts"]) + r")(?![\p{L}\p{N}])"
)


def _lone_title(toks, start: int, end: int, listed: bool = False) -> bool:
    """Does the title from token ``start`` to ``end`` stand for its office alone:
    capitalised, of two syllables or more (``Cục trưởng``, ``Chánh Văn phòng``; not
    ``lãnh đạo``, ``Trưởng``), a word in lower case after it (the verb), or, as an
    item of a list (``listed``), the list's next separator?"""
    if not _may_stand_alone(toks, start, end):
        return False
    if not has_token(toks, end) or toks[end].gap.count("\n") >= 2:
        return False
    nxt = toks[end]
    return nxt.is_word and not nxt.capital or listed and nxt.text in (",", "và")


def _may_stand_alone(toks, start: int, end: int) -> bool:
    """May the title from token ``start`` to ``end`` name its office with no body after
    it: capitalised, of two syllables or more, not a title that asks whose?"""
    return end - start >= 2 and toks[start].capital and toks[start].text not in _NOT_LONE_TITLES


# "Phó Trưởng ban (Giám đốc Sở Ngoại vụ) giúp …": the aside that names who holds a lone
# title (a board's office), then the verb in lower case
# (either may break a hard-wrapped line, none a blank one)
_HOLDER_ASIDE = regex.compile(
    r"[ \t]*\n?[ \t]*\([ \t]*\p{Lu}(?:[^()\n;:]|\n(?![ \t]*\n)){0,100}\)(?=[ \t]*\n?[ \t]*\p{Ll})"
)


# (Đồng chí, Lãnh đạo, Người đứng đầu, Cơ quan: whose?)
_NOT_LONE_TITLES = frozenset(("Đồng", "Lãnh", "Người", "Cơ"))


_SPACE_RUN = regex.compile(r"\s+")
_LETTER_OR_NUMBER = regex.compile(r"[\p{L}\p{N}]")


class _WrittenName:
    """A name as a text may write it: its words in any case over any white space, the
    first two of them at least, the rest as far as the text goes on with them (``Ban
    Chỉ đạo Trung ương các chương trình mục tiêu quốc gia`` for the header's ``… Giai
    đoạn 2021-2025``), ending where no letter or digit follows.

    Matched word by word: the same language as a pattern of optional groups nested
    word by word, which took a millisecond to compile, once for each issuer of an
    archive."""

    def __init__(self, name: str):
        self.words = [word.lower() for word in name.split()]

    def match_end(self, text: str, pos: int, endpos: int) -> Optional[int]:
        """Where the longest writing of the name that starts at ``pos`` ends (its
        first two words at least, no letter or digit after it), or None."""
        ends = []
        at = pos
        for i, word in enumerate(self.words):
            if i:
                space = _SPACE_RUN.match(text, at, endpos)
                if space is None:
                    break
                at = space.end()
            if at + len(word) > endpos or text[at : at + len(word)].lower() != word:
                break
            at += len(word)
            if i >= 1:
                ends.append(at)
        for end in reversed(ends):
            if not _LETTER_OR_NUMBER.match(text, end, endpos):
                return end
        return None


def _issuer_named_whole(doc: _Doc, found, s_end: int):
    """``found`` (a ``body_list``) with its one body run on to the issuer's whole name
    when the body is the start of that name and the text goes on with the rest of it
    (``Ban Chỉ đạo cải cách hành chính của Chính phủ đề nghị …``, ``Ban Chỉ đạo liên
    ngành Trung ương về an toàn thực phẩm đề nghị …``): the issuer speaking, whose
    name the grammar would have cut at a word in lower case."""
    if not found or doc.issuer_written is None or len(found[0]) != 1 or len(found[0][0]) != 1:
        return found
    start, end = found[0][0][0]
    whole = doc.issuer_written.match_end(doc.masked, start, s_end)
    if whole is None or whole <= end:
        return found
    return [[(start, whole)]], whole


def _body_subject(
    doc: _Doc, pos: int, s_end: int, exact: bool = True, labelled: bool = False, stepped: bool = False
):
    """The bodies a clause opens with, as ``body_list`` gives them, a qualifier
    included (``_qualifier_end``); or a generic body written without ``các``
    (``Cơ quan thanh tra``, ``bộ, ngành, địa phương``) when a task verb of
    ``subject_ends`` follows it, or (``labelled``: the clause opens a list item) a
    list of them and a colon (``14. Doanh nghiệp, cộng đồng, tổ chức, cá nhân: Quan
    tâm …``).  None when there is no subject."""
    masked = doc.masked
    found = _issuer_named_whole(doc, doc.body_list(pos, s_end, exact=exact), s_end)
    bare = False
    lone_title = None
    if not found:
        if exact and not doc.tokens.may_start(pos, BODY_STARTS):
            return None
        toks = doc.tokens.run(pos, BODY_STARTS)
        if not toks or exact and toks[0].start != pos:
            return None
        end = generic_at(toks, 0)
        # "Cục trưởng quyết định bổ nhiệm …", "Bộ trưởng xác định …": an office holder
        # named by the title alone (the office of the issuing body), a verb after it
        titled = title_at(toks, 0)
        aside = None
        if titled is not None and _may_stand_alone(toks, 0, titled):
            aside = _HOLDER_ASIDE.match(masked, toks[titled - 1].end, s_end)
        if aside is not None:
            lone_title = [[(toks[0].start, aside.end())]], aside.end()
        elif titled is not None and _lone_title(toks, 0, titled):
            lone_title = [[(toks[0].start, toks[titled - 1].end)]], toks[titled - 1].end
        if end is None:
            return lone_title
        if toks[end - 1].end > s_end:
            return None
        found, bare = ([[(toks[0].start, toks[end - 1].end)]], toks[end - 1].end), True
    groups, body_end = found
    managing = _MANAGING.match(masked, body_end, s_end) if len(groups) == 1 else None
    if managing is not None:
        # "Thủ trưởng đơn vị trực tiếp quản lý công chức xem xét …": the unit that
        # manages someone directly, a description that names the body
        groups, body_end = [groups[0][:-1] + [(groups[0][-1][0], managing.end())]], managing.end()
    participle = _ROLE_PARTICIPLE.match(masked, body_end, s_end)
    if participle is not None and len(groups) == 1 and (bare or _PLURAL.match(masked, groups[-1][-1][0])):
        # "Cơ quan phối hợp có trách nhiệm trả lời …", "các cơ quan chủ trì phải …": a
        # generic body named by its role in the task, then its duty
        groups, body_end = [groups[0][:-1] + [(groups[0][-1][0], participle.end())]], participle.end()
    if _role_after(masked, body_end)[0] is None:
        qualified = _qualifier_end(masked, body_end, s_end)
        if qualified is None:
            qualified = _generic_description_end(doc, groups, body_end, s_end, bare)
        if qualified is not None:
            groups, body_end = [[(groups[0][0][0], qualified)]], qualified
    if bare and managing is None and not _BELONGS.search(masked, groups[0][0][0], body_end):
        # (a generic body tied to its owner, "Đơn vị sự nghiệp công lập thuộc Ủy ban
        # nhân dân tỉnh", or named by whom it manages, "Cơ quan, tổ chức quản lý trực
        # tiếp", is specific enough to be read as any subject is)
        verb = _BARE_SUBJECT_END.match(masked, _skip_space(masked, body_end, s_end))
        if verb is None and _AFTER_CONDITION.search(masked, max(0, pos - 12), pos):
            # "Trường hợp kiến nghị liên quan đến nhiều sở, ban, ngành thì đơn vị được
            # giao chủ trì phải chủ động …": after a condition a modal states a duty
            # (alone, "Chính quyền địa phương phải gần dân" is a principle)
            verb = _ACTOR_MODAL.match(masked, _skip_space(masked, body_end, s_end))
        if (
            verb is None
            and stepped
            and masked[pos:body_end].casefold() not in _STEP_PEOPLE
            and not _continues_generic_list(doc, pos)
        ):
            # "Đối với hồ sơ có vướng mắc về giá đất …, cơ quan thuế gửi văn bản …": after
            # an opening phrase that sets its time or case, a step of a procedure, the
            # generic noun narrowed by a few nouns before it
            verb = _step_after_generic(masked, body_end, s_end)
            if verb is not None and verb.start() > _skip_space(masked, body_end, s_end):
                body_end = len(masked[: verb.start()].rstrip())
                groups = [[(groups[0][0][0], body_end)]]
        listed = labelled and "," in masked[pos:body_end] and _BODY_COLON.match(masked, body_end, s_end)
        if not listed and (verb is None or ":" in masked[verb.end() : verb.end() + 20]):
            # (a title that is a generic noun too, read as a title when the generic reading
            # fails: "Bộ trưởng xác định …", not "Cơ quan" of "Cơ quan lập đề án có trách nhiệm")
            return lone_title
    return groups, body_end


_STEP_QUALIFIER_WORDS = 3  # nouns narrowing a generic body before its step's verb, at most
_STEP_INTRO = _Opener(
    regex.compile(r"\s*(?:" + _alt(_DATA["step_intros"]) + r")(?![\p{L}\p{N}])", regex.I),
    _DATA["step_intros"],
)
_STEP_QUALIFIER_STOPS = frozenset(_DATA["step_qualifier_stops"])
_STEP_PEOPLE = frozenset(_DATA["step_people"])


def _continues_generic_list(doc: _Doc, pos: int) -> bool:
    """Is the comma before ``pos`` one of a list of generic nouns (``… cho cơ quan, đơn
    vị thực hiện …``, ``… do sở, ban, ngành chủ trì …``), so that no clause opens at it?"""
    masked = doc.masked
    comma = masked.rfind(",", max(0, pos - 4), pos)
    if comma < 0 or masked[comma + 1 : pos].strip():
        return False
    for word in regex.finditer(r"\S+", masked[max(0, comma - _WORD_REACH * 2) : comma]):
        start = max(0, comma - _WORD_REACH * 2) + word.start()
        toks = doc.tokens.run(start, BODY_STARTS)
        if not toks or toks[0].start != start:
            continue
        end = generic_at(toks, 0)
        if end is not None and toks[end - 1].end >= comma:  # (the run may go on past it)
            return True
    return False


def _step_after_generic(masked: str, body_end: int, s_end: int):
    """The verb of ``step_verbs`` after a generic body, right after it or after a few
    nouns that narrow it (``cơ quan`` + ``thuế`` + ``gửi``, ``cơ sở giáo dục`` + ``nghề
    nghiệp`` + ``dừng``): words in lower case, none a verb's start."""
    at = _skip_space(masked, body_end, s_end)
    for i, word in enumerate(
        _SYLLABLE.finditer(masked, at, min(s_end, at + _WORD_REACH * _STEP_QUALIFIER_WORDS))
    ):
        step = _STEP_VERB.match(masked, word.start())
        if step is not None:
            return step
        text = word.group()
        if (
            i >= _STEP_QUALIFIER_WORDS
            or not text.islower()
            or _NOT_WORD_MARK.search(text)
            or text in _VERB_START_WORDS
            or text in _QUALIFIER_VERB_SYLLABLES
            or text in _STEP_QUALIFIER_STOPS
        ):
            return None
    return None


# (searched in the few characters before a subject: "… thì" right before it)
_AFTER_CONDITION = regex.compile(_THEN.pattern + r"[ \t\n]+$")


def _marked_subject(masked: str, clause_start: int, subject: int) -> bool:
    """Does a subject marker (``Đối với``) open the clause right before ``subject``?"""
    marker = _SUBJECT_MARKER.match(masked, clause_start)
    return marker is not None and marker.end() == subject


_AMONG = regex.compile(r"[,;][ \t\n]*trong[ \t\n]+đó[ \t\n]*,?[ \t\n]*")
_PARTNER_WITH = regex.compile(r"(?<![\p{L}])(?:phối\s+hợp|cùng)\s+với\s+", regex.I)


def _partner_list_goes_on(doc: _Doc, clause_start: int, semicolon: int) -> bool:
    """Does the ``;`` at ``semicolon`` separate the partners of ``phối hợp với``
    (``c) Phối hợp với Chánh Văn phòng Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân
    các xã, phường tổ chức niêm yết …``): the clause's words before it are the cue
    and bodies only, so the body after it is one more partner, not a subject?"""
    if doc.masked.find("với", clause_start, semicolon) < 0:
        return False  # (a find, not a regular expression)
    cue = None
    for cue in _PARTNER_WITH.finditer(doc.masked, clause_start, semicolon):
        pass
    if cue is None:
        return False
    found = doc.body_list(cue.end(), semicolon)
    return bool(found) and not doc.masked[found[1] : semicolon].strip(" *")


_TOPIC_TAIL_WORDS = 4  # words between a marked topic's body and the comma that closes it
_TOPIC_REQUEST_WORDS = 16  # the same before a comma and a request of a body


def _topic_before_subject(doc: _Doc, body_end: int, s_end: int) -> bool:
    """Does a comma close the words after a marked body soon (``… có ổ dịch mới phát
    sinh,``), with a body after it (the clause's own subject) or a request of a body
    (``Đối với các địa phương, đề nghị Ủy ban nhân dân các tỉnh …``)?"""
    masked = doc.masked
    comma = masked.find(",", body_end, min(s_end, body_end + _WORD_REACH * _TOPIC_REQUEST_WORDS))
    if comma < 0:
        return False
    words = len(masked[body_end:comma].split())
    if words > _TOPIC_REQUEST_WORDS:
        return False
    after = _skip_space(masked, comma + 1, s_end)
    if words <= _TOPIC_TAIL_WORDS and doc.tokens.may_start(after, BODY_STARTS):
        return True
    # (a request of a body after the comma closes a longer topic too: "Đối với các địa
    # phương có nhiều phản ánh của Nhân dân trong thời gian qua, đề nghị Uỷ ban nhân dân
    # thành phố Hà Nội …")
    request = _VERB_BEFORE.match(masked, after, s_end)
    return request is not None and bool(
        doc.body_list(_skip_space(masked, request.end(), s_end), s_end, exact=True)
    )


# "Đối với Bưu điện tỉnh, Phó Chủ tịch UBND tỉnh đề nghị đơn vị sớm kiện toàn …": a
# speaker's request whose bodies the topic before it names, its object no body (an
# anaphor, "đơn vị", or none: "… đồng chí yêu cầu chủ trì, phối hợp …")
_TOPIC_OPEN = regex.compile(r"(?:Riêng[ \t]+)?(?:Đối|đối)[ \t]+với[ \t\n]+")
_SPEAKER_REQUEST = regex.compile(r"(?<![\p{L}])(?:" + _alt(_DATA["topic_request_verbs"]) + r")(?![\p{L}])")
_SPEAKER_WORDS = regex.compile(r"(?:" + _alt(_DATA["speakers"]) + r")(?![\p{L}])", regex.I)
_TOPIC_BREAK = regex.compile(r"[.;:()]")  # (a topic is one clause: no sentence mark, no note)
_TOPIC_BODY_WORDS = 20  # a topic's bodies with their description, at most
_SPEAKER_MAX_WORDS = 10  # the speaker between the topic's comma and the request, at most


def _topic_request(doc: _Doc, after_marker: int, s_end: int, out: list[_Found], block: int) -> None:
    """A request made of the bodies a topic names (``Đối với các xã, phường, Phó Chủ tịch
    UBND tỉnh lưu ý cần phân công …``; ``Đối với các chủ đầu tư, Chủ tịch UBND tỉnh yêu
    cầu tập trung …``; ``Đối với hộ kinh doanh, Cục Thuế đề nghị:`` over its items): the
    speaker, a body or an official (or none), between the topic's comma and the request
    verb, no tense between them, and no body the verb's object, whose clause that is."""
    masked = doc.masked
    opener = _TOPIC_OPEN.match(masked, after_marker, s_end)
    if opener is None:
        return
    pos = opener.end()
    found = doc.body_list(pos, s_end, exact=True)
    if not found:
        return
    # The topic's comma is the one the speaker and the request follow: a list of bodies
    # reads on over it ("Bưu điện tỉnh, Phó Chủ tịch UBND tỉnh"), and the topic may list
    # more than its first body ("các doanh nghiệp, chủ trang trại, đồng chí đề nghị …").
    first_end = found[0][0][0][1]
    comma = masked.find(",", first_end, s_end)
    while True:
        # (the topic is the bodies and a short description of them, in one clause)
        if (
            comma < 0
            or len(masked[pos:comma].split()) > _TOPIC_BODY_WORDS
            or _TOPIC_BREAK.search(masked, pos, comma)
        ):
            return
        speaker_at = _skip_space(masked, comma + 1, s_end)
        verb = _SPEAKER_REQUEST.search(masked, speaker_at, s_end)
        if verb is None:
            return
        speaker = masked[speaker_at : verb.start()]
        if not speaker.strip() or (
            len(speaker.split()) <= _SPEAKER_MAX_WORDS
            and "," not in speaker
            and not _TENSE.search(speaker)
            and (_SPEAKER_WORDS.match(speaker) or doc.body_list(speaker_at, verb.start(), exact=True))
        ):
            break
        comma = masked.find(",", comma + 1, s_end)
    task = _skip_space(masked, verb.end(), s_end)
    if task >= s_end or doc.body_list(task, s_end, exact=True, places=True):
        return  # (the object a body: "… đồng chí đề nghị UBND các xã chủ động …", its own clause)
    if not masked[task:s_end].strip(" \t\n*:"):
        # "Đối với các đơn vị sự nghiệp trực thuộc, Sở Y tế yêu cầu:" over items that name
        # their own bodies (- Các Trung tâm Y tế khu vực tiếp tục …) tasks them, not the
        # topic's; over bare tasks it is their assignment
        line = masked.find("\n", s_end - 1)
        item = _after_marker(masked, _skip_space(masked, line, len(masked)), len(masked)) if line >= 0 else -1
        if item >= 0 and doc.body_list(item, min(len(masked), item + _WORD_REACH * 12), exact=True):
            return
    name = _clean(doc.text[pos:comma])
    out.append(_Found(after_marker, s_end, name, "execute", task, s_end, block=block, body_start=pos))


def _body_first(
    doc: _Doc,
    after_marker: int,
    s_start: int,
    s_end: int,
    directive: bool,
    out: list[_Found],
    block: int,
    under_heading: bool,
    appended: bool = False,
) -> None:
    """Clauses that open with a body: ``X chủ trì …``, ``X tham mưu …``, and in the
    directive part ``X <verb> …``.  ``after_marker``: where the sentence starts
    after its list marker; ``appended``: the sentence stands in a part issued with
    the document (a list of procedures, a guide), where a role verb states a duty
    as in the directive part (in a report it may tell of a past meeting)."""
    masked = doc.masked
    if _after_contact_label(masked, s_start):
        return  # ("Thông tin chi tiết liên hệ:" / "Phòng Liệt sĩ …, điện thoại: …": an address)
    clause_starts = [after_marker]
    position = masked.find(";", s_start, s_end)
    partners = position >= 0 and masked.find("với", s_start, s_end) >= 0  # (most sentences name none)
    depth, counted = 0, s_start  # (brackets open before the ";", counted once along the sentence)
    while position >= 0:
        # (a ";" inside a bracket separates what the bracket lists, "Các chủ rừng là tổ chức
        # (Ban Quản lý rừng đặc dụng, phòng hộ; các công ty lâm nghiệp; …) có trách nhiệm …")
        depth += masked.count("(", counted, position) - masked.count(")", counted, position)
        counted = position
        if depth <= 0 and not (partners and _partner_list_goes_on(doc, clause_starts[-1], position)):
            clause_starts.append(_skip_space(masked, position + 1, s_end))
        position = masked.find(";", position + 1, s_end)
    # "1. Về đề nghị các bộ, ngành …; hoàn thiện quy trình …: Ủy ban nhân dân thành phố
    # Đà Nẵng cần tiếp tục …": after a colon inside the sentence, a body with its role
    # verb (not any verb: "gồm: Sở Y tế, …") opens the answer to a topic
    colon_starts = set()
    position = masked.find(":", after_marker, s_end)
    while position >= 0:
        start = _skip_space(masked, position + 1, s_end)
        if (
            start < s_end
            and doc.tokens.may_start(start, BODY_STARTS)
            # (an address after a contact label is no subject: "… xin liên hệ: Phòng …")
            and not _after_contact_label(masked, start)
        ):
            colon_starts.add(start)
        position = masked.find(":", position + 1, s_end)
    # "Các cơ quan, đơn vị tăng cường kiểm tra, trong đó Sở Y tế chủ trì kiểm tra …": a
    # body singled out of the ones just tasked, with its own role, as after a colon
    among_starts = set()
    if masked.find("trong đó", after_marker, s_end) >= 0:
        for among in _AMONG.finditer(masked, after_marker, s_end):
            if doc.tokens.may_start(among.end(), BODY_STARTS):
                colon_starts.add(among.end())
                among_starts.add(among.end())
    clause_starts += sorted(colon_starts)
    # (searched once: clauses may be many)
    praise = _PRAISE.search(masked, after_marker, s_end) if doc.praise.any_in(after_marker, s_end) else None
    praised_from = praise.start() if praise else s_end
    opened = len(out)
    labelled_item = False  # the sentence is "Body: its tasks"
    for c_start in clause_starts:
        if _quoted(masked, c_start):
            continue  # a regulation quoted in a letter ("quy định “2. Cơ quan …”") tasks nobody here
        if c_start in colon_starts:
            if praised_from >= c_start:
                # (after a bold topic that names no body, "**2. Đẩy mạnh rà soát …:**
                # Các bộ khẩn trương trình …", the body's plain verb in the directive part
                # will do)
                colon = masked.rfind(":", after_marker, c_start)
                topic = (
                    directive
                    and (
                        # (in the directive part, the body singled out has its own task, as the
                        # clause's did: "…; trong đó, Ban Kinh tế - Ngân sách HĐND tỉnh tổ chức …")
                        c_start in among_starts
                        # (or a short label that opens the item: "1. Giai đoạn 1 (từ ngày
                        # 10/4/2025 đến ngày 30/4/2025): UBND các xã, thị trấn hoàn thành …")
                        or (
                            doc.text.startswith("**", colon + 1)
                            or masked.find(":", after_marker, colon) < 0
                            and len(masked[after_marker:colon].split()) <= _LABEL_WORDS
                            # (not a scope or a list of who takes part: "Đối tượng thi đua: Các
                            # sở, …", "Cơ quan phối hợp: Bảo hiểm xã hội …")
                            and not _SCOPE_LABEL.search(masked, after_marker, colon)
                        )
                        and not doc.body_list(after_marker, colon)
                    )
                )
                _colon_subject(doc, c_start, s_end, out, block, topic)
            continue
        for subject in _leading_adverbial(doc, c_start, s_end):
            if subject > after_marker and praised_from < subject:
                break  # "Thủ tướng ghi nhận, biểu dương …; các địa phương chủ động …": praise
            if masked[subject : subject + 1] in "Cđ":
                # "Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ, … phải …": a
                # courtesy before the offices, no part of their names
                honorific = _HONORIFIC.match(masked, subject, s_end)
                subject = honorific.end() if honorific is not None else subject
            found = _subject_at(
                doc,
                subject,
                s_end,
                labelled=directive and subject == after_marker > s_start,
                stepped=subject > c_start and _STEP_INTRO.match(masked, c_start, s_end) is not None,
            )
            place_role = None
            if not found:
                # "tỉnh Đắk Lắk cần …": a place as the actor (looked for only where a
                # place word starts and a modal follows soon: most clauses have neither);
                # in the directive part any verb will do ("Thành phố Hồ Chí Minh, tỉnh
                # Lâm Đồng đẩy nhanh …")
                by_verb = directive and not under_heading
                named = _subject_place_named(doc, subject, s_end) if doc.notice else None
                if named is not None:
                    found = named  # ("Thanh Hóa cần tiếp tục …" in a notice about tỉnh Thanh Hóa)
                elif not doc.tokens.may_start(subject, PLACE_STARTS) or not (
                    by_verb or _PLACE_MODAL.search(masked, subject, min(s_end, subject + 80))
                ):
                    continue
                found = found or doc.body_list(subject, s_end, exact=True, places=True)
                if not found and by_verb and doc.notice:
                    # (in a notice of a leader's conclusions the bare "Tỉnh" is the
                    # locality visited; in a city's own resolution "Thành phố hỗ trợ …"
                    # states its policy)
                    found = _place_named_again(doc, subject, s_end)
                if not found:
                    continue
                if not _PLACE_MODAL.match(masked, found[1]):
                    if not by_verb:
                        continue
                    place_role = _directive_verb(doc, found[1], s_end)
                    if place_role[0] is None:
                        continue
            groups, body_end = found
            if subject == after_marker and directive:
                # (the masked text has its bold marks as spaces: a bold label is read on the text)
                bold = doc.text if "**" in doc.text[doc.text.rfind("\n", 0, subject) + 1 : subject] else None
                label_end = _label_name_end(masked, body_end, s_end, bold)
                if label_end is not None:
                    # "- Phòng Dịch tễ thú y: Theo dõi …", "- Trung tâm Chẩn đoán thú y trung
                    # ương:" over its task: a label is a name to its colon, its words in
                    # lower case too
                    groups = groups[:-1] + [groups[-1][:-1] + [(groups[-1][-1][0], label_end)]]
                    body_end = label_end
            role, verb_end = place_role or _role_after(masked, body_end)
            marked = _marked_subject(masked, after_marker, subject)
            if marked and _topic_before_subject(doc, body_end, s_end):
                # "Đối với các xã, phường có ổ dịch mới phát sinh, Chi cục Chăn nuôi và Thú
                # y cử cán bộ …": the marked words are whom the clause is about, closed by a
                # comma before its own subject (tried next), not a subject and its verb
                continue
            if role is None and directive and (subject == after_marker or marked):
                # "2. Sở Tài chính: Căn cứ khả năng cân đối ngân sách, trình …": an item
                # that names its body and, after a colon, the body's task
                # ("+ Sở Xây dựng: hướng dẫn các cơ quan …": in lower case the task opens
                # with a verb; "- Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân;" is a quota);
                # after a subject marker, a task in lower case only ("1. Đối với Sở Y tế: tăng
                # cường giám sát …"; "Đối với các xã, phường: Nếu có …" states a rule)
                colon = _BODY_COLON.match(masked, body_end, s_end)
                if (
                    colon is not None
                    and not _QUOTA.match(masked, colon.end(), s_end)
                    and (
                        masked[colon.end()].isupper()
                        and not marked
                        or _directive_verb(doc, colon.end(), s_end)[0]
                    )
                ):
                    role, verb_end = "execute", colon.end()
                    labelled_item = True
            between = masked[body_end:verb_end]
            if role is None and labelled_item:
                # "6. Sở Nội vụ: Tham mưu UBND tỉnh … hướng dẫn Sở, ban, ngành …; các xã, phường
                # và đơn vị thuộc tỉnh tổ chức triển khai …": the item's clauses are its
                # body's tasks; a body after ";" with a plain verb is one more object
                continue
            if role is None:
                if doc.notice and _NOTICE_VERB.match(masked, body_end) and "biết" in masked[body_end:s_end]:
                    role, verb_end = "execute", _NOTICE_VERB.match(masked, body_end).end()
                elif (
                    directive
                    # (under a heading, an item that opens with another body and its task:
                    # "- Sở Xây dựng, Sở Tài chính tổ chức rà soát …"; not a label, "Ban … của tỉnh:")
                    and (
                        not under_heading
                        or subject == after_marker > s_start
                        and not masked[s_start:s_end].rstrip(" *").endswith(":")
                        # (or after an introducer's phrase: "1. Trên cơ sở đề xuất của các
                        # đơn vị …, Sở Tài chính thực hiện tổng hợp …" under "Trách nhiệm của
                        # Sở Tài chính"; not after a verb's object, "Chỉ đạo EVNNPT, Ban …")
                        or subject > c_start
                        and masked[c_start:subject].rstrip().endswith(",")
                        and _INTRO.match(masked, c_start, subject) is not None
                    )
                    # (the issuer states what it does, but in a notice it conveys a
                    # leader's conclusions, which may task it as any other body:
                    # "Văn phòng Chính phủ theo dõi, đôn đốc …"; not its announcing)
                    and (
                        not _is_issuer(doc, groups)
                        or doc.notice
                        and not _NOTICE_VERB.match(masked, _ADVERBS.match(masked, body_end).end())
                    )
                ):
                    role, verb_end = _directive_verb(doc, body_end, s_end)
                    colon = _BODY_COLON.search(masked, verb_end, s_end) if role is not None else None
                    if colon is not None and _QUOTA.match(masked, colon.end(), s_end):
                        # ("- Tổ giúp việc Ban Chỉ đạo bầu" / "cử của tỉnh: Không quá 05 cá
                        # nhân;": a name wrapped before a word that may open a verb, then its quota)
                        role = None
                    request = _REQUEST_AFTER.match(masked, body_end, s_end) if role is None else None
                    if (
                        request is not None
                        and (
                            after_marker > s_start
                            or _follows_in_paragraph(masked, s_start)
                            or subject > c_start
                            and not masked[s_start:s_end].rstrip(" *").endswith(":")
                        )
                        and not _speaks_for_issuer(doc, groups, subject)
                    ):
                        # "**7. Ban Quản lý Khu kinh tế Nghi Sơn** yêu cầu các chủ đầu tư …",
                        # "2. Trường hợp cần thiết, Trưởng Đoàn kiểm tra yêu cầu đối tượng kiểm
                        # tra cung cấp …": a body other than the issuer or its head is to
                        # require it (_requested_by_subject leaves the object untasked); so is
                        # one after an opening phrase in an unnumbered step ("Trường hợp cần bổ
                        # sung …, Ban Quản lý yêu cầu đơn vị bổ sung …"), not one that requires
                        # the list of tasks below ("Để bảo đảm …, Ban Chỉ đạo tỉnh yêu cầu …
                        # các nội dung sau:" speaks)
                        role, verb_end = "execute", request.start(1)
                    if (
                        role is not None
                        and _ASSIGNED.match(masked, verb_end)
                        and (
                            subject != c_start
                            or _PLURAL.match(masked, subject)
                            and _DUTY.search(masked, verb_end, s_end)
                        )
                    ):
                        # "X được giao quản lý …" states X's charge as the clause's own
                        # subject only: after an opening phrase the body may own the
                        # passive's subject ("… thì hồ sơ … của Quân ủy Trung ương, Đảng ủy
                        # Công an Trung ương được giao nộp …"), and before a duty it
                        # describes a plural generic body ("Các cơ quan, đơn vị được giao quản lý các
                        # sông, hồ … có trách nhiệm …")
                        role = None
                    # (an aside's "được giao" is no passive of the body's verb)
                    between = _SHALL.sub(" ", _ASIDE_WHOLE.sub(" ", masked[body_end:verb_end]))
                    if role is not None and _RULE_STATEMENT.search(masked, verb_end, s_end):
                        # "CÔNG TY … vay tiền của cổ đông nếu cổ đông là … thì được xác
                        # định có quan hệ liên kết": a rule applied to the body
                        role = None
                    despite = _VERBS_DESPITE.match(masked, verb_end, s_end) if role is not None else None
                    if role is not None and (
                        _SPEAKER.fullmatch(masked, verb_end, s_end)
                        or despite is not None
                        and _SPEAKER.fullmatch(masked, despite.end(), s_end)
                    ):
                        # "Chủ tịch Ủy ban nhân dân Thành phố (có ý kiến) chỉ đạo như sau:",
                        # "…, Chủ tịch UBND tỉnh chỉ thị:": who speaks, introducing the tasks
                        role = None
                if role is None:
                    continue
            elif not directive and not appended:
                phrase = " ".join(masked[body_end:verb_end].replace(",", " ").split())
                if not any(phrase.endswith(m) for m in _MODAL):
                    continue
            if _TENSE.search(_ADVERB_ANYWHERE.sub(" ", between)):
                continue
            if _defined(masked, verb_end, s_end):
                continue
            if _empty_task(masked[body_end:s_end]) and masked.startswith("./.", s_end - 3):
                continue  # "…; các cơ quan, đơn vị, địa phương nghiêm túc tổ chức, triển khai thực hiện./."
            out += _per_body(doc, groups, c_start, s_end, role, body_end, s_end, block)
            break
    if directive and any(f.start == after_marker for f in out[opened:]):
        # (only in a sentence that opens with its own tasked subject: a comma there
        # may end that subject's clause; not one between the bodies of its list, "Vườn
        # quốc gia Kon Ka Kinh, các công ty lâm nghiệp … có trách nhiệm …")
        subject_end = max(f.task_from for f in out[opened:] if f.start == after_marker)
        _comma_subjects(doc, max(after_marker, subject_end), s_end, out, block)


def _after_address(doc: _Doc, pos: int, s_end: int) -> Optional[int]:
    """Where the text after a ``Kính gửi:`` label at ``pos`` goes on: a line that
    opens with a capital after the addressees' names; None when the sentence holds
    only the addressees."""
    masked = doc.masked
    pos = _skip_space(masked, pos, s_end)
    while pos < s_end and masked[pos] in "*":
        pos = _skip_space(masked, pos + 1, s_end)
    honorific = _HONORIFIC.match(masked, pos, s_end)
    found = doc.body_list(honorific.end() if honorific else pos, s_end)
    if not found:
        return None
    following = _NEXT_LINE.match(masked, found[1], s_end)
    return following.end() if following is not None else None


_NEXT_LINE = regex.compile(r"[ \t]*\n[ \t]*(?=\p{Lu})")


def _colon_subject(
    doc: _Doc, pos: int, s_end: int, out: list[_Found], block: int, topic: bool = False
) -> None:
    """A body at ``pos``, after a colon inside a sentence, tasked by its role verb;
    after a ``topic`` (the words before the colon name no body, in the directive
    part), by any verb as in the directive part."""
    masked = doc.masked
    found = _subject_at(doc, pos, s_end)
    if not found:
        return
    groups, body_end = found
    role, verb_end = _role_after(masked, body_end)
    if role is None and topic:
        role, verb_end = _directive_verb(doc, body_end, s_end)
    if role is None or _TENSE.search(_ADVERB_ANYWHERE.sub(" ", masked[body_end:verb_end])):
        return
    out += _per_body(doc, groups, pos, s_end, role, body_end, s_end, block)


def _comma_subjects(doc: _Doc, start: int, s_end: int, out: list[_Found], block: int) -> None:
    """In the directive part, a sentence that opens with a tasked body may go on, after
    a comma, with a second clause whose subject is a plural body with a duty
    (``có trách nhiệm``, ``phải``) right after it (``Các cơ quan chủ trì có trách
    nhiệm …, bảo đảm tiến độ, các cơ quan phối hợp có trách nhiệm phối hợp …``).
    Only a plural and only a duty: after a comma a body is most often a partner or
    an object (``phối hợp với Sở Y tế, các đơn vị liên quan …``)."""
    masked = doc.masked
    # (what is looked for before each comma is found once for the sentence: its
    # commas may be many)
    praise = _PRAISE.search(masked, start, s_end)
    praised_from = praise.start() if praise else s_end
    cues = [cue.end() for cue in _PARTNER_BEFORE.finditer(masked, start, s_end)]
    stops = [stop.start() for stop in _CLAUSE_STOP.finditer(masked, start, s_end)]
    comma = masked.find(",", start, s_end)
    while comma >= 0:
        pos = _skip_space(masked, comma + 1, s_end)
        comma = masked.find(",", pos, s_end)
        if not _PLURAL.match(masked, pos) or _quoted(masked, pos) or praised_from < pos:
            continue
        found = _subject_at(doc, pos, s_end)
        if not found:
            continue
        groups, body_end = found
        role, verb_end = _role_after(masked, body_end)
        phrase = " ".join(masked[body_end:verb_end].replace(",", " ").split())
        if (
            role is None
            or not any(phrase.endswith(m) for m in _MODAL)
            or _after_partner_cue(cues, stops, pos)
        ):
            continue
        out += _per_body(doc, groups, pos, s_end, role, body_end, s_end, block)


def _after_partner_cue(cues: list[int], stops: list[int], pos: int) -> bool:
    """Does ``pos`` follow a partner cue (``phối hợp với …, các đơn vị …``) with no
    clause mark between them: is it in the partners' list?"""
    i = bisect.bisect_right(cues, pos) - 1
    if i < 0:
        return False
    j = bisect.bisect_left(stops, cues[i])
    return j >= len(stops) or stops[j] >= pos


_PARTNER_BEFORE = regex.compile(r"(?<![\p{L}])(?:phối\s+hợp\s+(?:với|cùng)|với|cùng)\s+")
_CLAUSE_STOP = regex.compile(r"[.;:]")


def _labelled(
    doc: _Doc, blocks: list[_Block], index: int, after: int, s_start: int, s_end: int, out: list[_Found]
) -> bool:
    """``- Đơn vị chủ trì: Sở Khoa học và Công nghệ.`` in a plan: the bodies after
    the label lead the task stated above it (the nearest earlier block that is not
    a label line), by the time on a ``Thời gian thực hiện:`` line below.  When the
    text after the label is itself a clause (``Sở Nội vụ chủ trì tham mưu …; Sở Tư
    pháp … chủ động …``), its clauses are read as such.  Returns whether the
    sentence was a labelled line."""
    masked = doc.masked
    label = _LEAD_LABEL.match(masked, after, s_end)
    if label is None:
        return after > s_start and _role_labelled(doc, index, after, s_start, s_end, out)
    before = len(out)
    _body_first(doc, label.end(), s_start, s_end, True, out, index, False)
    if len(out) > before:
        return True
    found = doc.body_list(label.end(), s_end)
    if not found:
        return True
    task_from = task_to = None
    for previous in reversed(blocks[max(0, index - 6) : index]):
        begin = _after_marker(masked, previous.start, previous.end)
        if _LEAD_LABEL.match(masked, begin, previous.end) or not masked[begin : previous.end].strip(" :*"):
            continue
        if len(masked[begin : previous.end].split()) <= 3:  # "b) Cơ quan thực hiện:"
            continue
        task_from, task_to = begin, previous.end
        break
    deadline_from = deadline_to = None
    for following in blocks[index + 1 : index + 5]:
        begin = _after_marker(masked, following.start, following.end)
        if _TIME_LABEL.match(masked, begin, following.end):
            deadline_from, deadline_to = begin, following.end
            break
    groups, body_end = found
    manner = _ADVERBS.match(masked, body_end, s_end)
    more = _LIST_GOES_ON.match(masked, manner.end(), s_end) if manner.end() > body_end else None
    rest = doc.body_list(more.end(), s_end, exact=True) if more is not None else None
    joined = None
    if rest:
        # "Cơ quan thực hiện: Sở Nội vụ, các sở, ban, ngành Thành phố trong phạm vi chức
        # năng, nhiệm vụ của mình và các cơ quan, tổ chức khác có liên quan.": the list
        # goes on after the manner of the first bodies (which is no part of a name)
        joined = (
            _group_name(doc, [groups[-1][0], groups[-1][-1]])[2] + " và " + _group_name(doc, rest[0][0])[2]
        )
        groups = groups[:-1] + [groups[-1] + rest[0][0]]
        body_end = rest[1]
    # The label's bodies lead one task together: one fact listing them all
    # ("Đơn vị chủ trì thực hiện: Báo và Phát thanh, Truyền hình tỉnh; Sở Tư pháp, …"),
    # the "; " between them kept (the registry reads each apart).  A short
    # qualifier closing the line is theirs ("Các cơ quan, đơn vị theo quy định.").
    spans = [span for group in groups for span in group]
    tail = masked[body_end:s_end].rstrip(" .;*")
    if tail and len(tail.split()) <= _LABEL_TAIL_WORDS and not regex.search(r"[.:;()]", tail):
        spans[-1] = (spans[-1][0], body_end + len(tail))
    out += _per_body(
        doc,
        [spans],
        s_start,
        s_end,
        "lead",
        task_from if task_from is not None else s_start,
        task_to if task_to is not None else s_end,
        index,
        partners_from=None,
        deadline_from=deadline_from if deadline_from is not None else s_start,
        deadline_to=deadline_to if deadline_to is not None else s_end,
    )
    if joined is not None and len(groups) == 1:
        out[-1].body = joined
    return True


_LIST_GOES_ON = regex.compile(r"\s*,?\s*và\s+")
_ROLE_LABEL = regex.compile(
    r"(?:"
    + _alt(_DATA["role_label_heads"])
    + r")[ \t\n]+(?P<role>\p{Ll}+(?:[ \t\n]+\p{Ll}+){0,5})[ \t\n]*:[ \t\n]*"
)
_NOT_TASKED_ROLE = frozenset(" ".join(r.split()) for r in _DATA["role_label_not_tasked"])
_ROLE_LABEL_WORDS = 30  # the body after a role label, at most (a description included)


def _role_labelled(doc: _Doc, index: int, after: int, s_start: int, s_end: int, out: list[_Found]) -> bool:
    """``b) Cơ quan thẩm định: Sở Quy hoạch - Kiến trúc Hà Nội;`` (``role_labels``): the
    body after the label, as written up to the item's end (``Cơ quan, tổ chức được giao
    nhiệm vụ hoặc chủ đầu tư dự án đường sắt …``), is tasked with the label's role."""
    masked = doc.masked
    label = _ROLE_LABEL.match(masked, after, s_end)
    if label is None:
        return False
    role = " ".join(label.group("role").split())
    if any(role == word or role.startswith(word + " ") for word in _NOT_TASKED_ROLE):
        return False  # ("Cơ quan giải quyết thủ tục hành chính:" describes a procedure)
    value_end = label.end() + len(masked[label.end() : s_end].rstrip(" .;*"))
    value = masked[label.end() : value_end]
    if not value or len(value.split()) > _ROLE_LABEL_WORDS or regex.search(r"[:;]", value):
        return False
    toks = doc.tokens.run(label.end(), BODY_STARTS)
    if not toks or toks[0].start != label.end() or (body_at(toks, 0) is None and generic_at(toks, 0) is None):
        return False
    out += _per_body(
        doc, [[(label.end(), value_end)]], s_start, s_end, "execute", after, s_end, index, partners_from=None
    )
    return True


def _names_a_role(doc: _Doc, pos: int, end: int, numbered: bool = False) -> bool:
    """Does the sentence open with a body and its role verb (``Bộ Quốc phòng, Bộ
    Công an theo chức năng, nhiệm vụ chủ trì …:``, ``Giao Bộ Công an chủ trì …:``)?  Then it is the heading of
    that body's tasks, not an umbrella request, however long it is."""
    found = doc.body_list(pos, end, exact=True)
    if found and _role_after(doc.masked, found[1])[0] is not None:
        return True
    for subject in _leading_adverbial(doc, pos, end)[1:]:
        # "Để tiếp tục tháo gỡ …, tỉnh Đắk Lắk cần tiếp tục thực hiện …, trong đó lưu ý
        # tập trung thực hiện một số nội dung trọng tâm sau:"
        after_intro = doc.body_list(subject, end, exact=True, places=True)
        if after_intro and _role_after(doc.masked, after_intro[1])[0] is not None:
            return True
    if found and numbered:
        # "2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tổ chức …, trong đó:": a
        # numbered item that opens with its bodies and their verb heads their tasks
        if not _is_issuer(doc, found[0]) and _directive_verb(doc, found[1], end)[0] is not None:
            return True
    # "Giao Bộ Công an chủ trì, phối hợp … bảo đảm các yêu cầu sau:"
    verb = _VERB_BEFORE.match(doc.masked, pos, end)
    if verb is None:
        return False
    found = doc.body_list(verb.end(), end)
    return bool(found) and _role_after(doc.masked, found[1])[0] is not None


def _is_issuer(doc: _Doc, groups: list[list[tuple[int, int]]]) -> bool:
    """Is the subject the issuing body itself?  With a plain verb it states what
    it does (``Thuế tỉnh Vĩnh Long trả lời theo nguyên tắc sau:``)."""
    if doc.issuer is None or len(groups) != 1 or len(groups[0]) != 1:
        return False
    start, end = groups[0][0]
    return _is_issuer_name(doc, canonical_body(doc.text[start:end]))


def _is_issuer_head(doc: _Doc, groups: list[list[tuple[int, int]]]) -> bool:
    """Is the body the head of the issuing body (``Chủ tịch Ủy ban nhân dân tỉnh`` in
    a decision of ``UBND tỉnh Hà Tĩnh``)?"""
    if doc.issuer is None or len(groups) != 1 or len(groups[0]) != 1:
        return False
    start, end = groups[0][0]
    title = _SPEAKER_TITLE.match(doc.masked, start, end)
    if title is None:
        return False
    rest = _skip_space(doc.masked, title.end(), end)
    return rest < end and _is_issuer_name(doc, canonical_body(doc.text[rest:end]))


def _is_issuer_name(doc: _Doc, name: str) -> bool:
    assert doc.issuer is not None
    # (the header names the issuer with its place: "Sở Tài chính Vĩnh Long" writes
    # itself "Sở Tài chính", "UBND tỉnh Gia Lai" "Ủy ban nhân dân tỉnh")
    # (and "Ủy ban nhân dân Thành phố" the issuer "UBND thành phố Hồ Chí Minh")
    issuer, name = doc.issuer.casefold(), name.casefold()
    return issuer == name or (
        issuer.startswith(name + " ") and bool(_PLACE_ONLY.match(doc.issuer, len(name) + 1))
    )


_PLACE_ONLY = regex.compile(
    r"(?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+)?(?:\p{Lu}[\p{L}\p{M}]*\s*)+$"
)


_DEFINITION_WORDS = 16  # the most words of a description before the alias it defines


def _defined(masked: str, verb_end: int, s_end: int) -> bool:
    """Is the clause after the body a description that the document names for short
    (``Đơn vị sự nghiệp thuộc Bộ tự bảo đảm chi thường xuyên (sau đây gọi là đơn vị
    nhóm 2)``): a definition, not a task?  The alias bracket follows the verb's words
    at once, with no mark of a clause between."""
    bracket = masked.find("(", verb_end, s_end)
    if bracket < 0 or not _ALIAS.match(masked, bracket + 1):
        return False
    description = masked[verb_end:bracket]
    return len(description.split()) <= _DEFINITION_WORDS and not regex.search(r"[.,;:]", description)


_SHALL = regex.compile(r"(?<![\p{L}])sẽ(?![\p{L}])")


_PERIODIC = regex.compile(r"(?<![\p{L}])(?:định\s+kỳ|h[ằà]ng\s+năm)(?![\p{L}])")
# the period of a periodic duty, each with an optional bracket (its date): "06 tháng (…)
# và 01 năm (…)", "hằng quý", "hoặc đột xuất"
_PERIOD_ONE = r"(?:(?:\d{1,2}|một|hai|ba|sáu)\s+(?:tháng|năm|quý)|h[ằà]ng\s+(?:năm|quý|tháng|tuần)|đột\s+xuất)(?:[ \t\n]*\([^()]{0,80}\))?"
_PERIOD = regex.compile(r"(?:[ \t\n]*,?[ \t\n]+(?:(?:và|hoặc)[ \t\n]+)?" + _PERIOD_ONE + r")*")


def _after_period(masked: str, pos: int, end: int) -> int:
    """Where the verb of a periodic duty stands after the body that ends at ``pos``
    (``Tập đoàn định kỳ hằng tháng báo cáo …``): past how often; ``pos`` itself when
    no period follows."""
    adverbs = _ADVERBS.match(masked, pos, end)
    if adverbs.end() == pos or not _PERIODIC.search(masked, pos, adverbs.end()):
        return pos
    return _PERIOD.match(masked, adverbs.end(), end).end()


_STRESSED_REACH = 300  # characters the members a list stresses may take


def _after_stressed(masked: str, pos: int, end: int) -> Optional[int]:
    """Where the clause goes on after the members a list stresses (``nhất là Hà Nội,
    Hải Phòng, đẩy mạnh …``): after the first comma followed by a verb in lower case;
    None when no such comma comes soon."""
    for comma in regex.finditer(",", masked[pos : min(end, pos + _STRESSED_REACH)]):
        after = _skip_space(masked, pos + comma.end(), end)
        word = _LETTERS.match(masked, after, end)
        if word is not None and word.group()[0].islower() and word.group() in _VERB_START_WORDS:
            return pos + comma.end()
    return None


def _directive_verb(doc: _Doc, pos: int, end: int, short: bool = False) -> tuple[Optional[str], int]:
    """In the directive part, a body followed (after adverbs and one comma-enclosed
    aside such as ``, từ năm 2018,``) by a lower-case verb is tasked.  ``short``: a
    clause of a few words after the body may be its verb alone (``… do Ban Chấp hành
    Trung ương quy định.``); otherwise they are read as the rest of its name."""
    masked = doc.masked
    at = pos
    appositive = match_near(_APPOSITIVE, masked, at, _APPOSITIVE_REACH)
    if appositive is not None and appositive.end() <= end:
        # "Chi cục Hải quan khu vực II, … là những đơn vị có số lượng hàng tồn đọng lớn,
        # khẩn trương xây dựng …": what the bodies are, then their verb (as _role_after reads)
        at = pos = appositive.end()
    note = match_near(_NOTE_AFTER, masked, at, _NOTE_REACH)
    if note is not None and note.end() <= end:
        # "Tập đoàn Điện lực Việt Nam (EVN) khẩn trương …", "Bộ Y tế (Cục Quản lý Dược) …":
        # a note on the body, then its verb (as _role_after reads a role), not a list
        # going on after it ("Cấp uỷ tỉnh, thành phố (gọi tắt là tỉnh uỷ, thành uỷ), cấp uỷ …")
        at = note.end()
        if masked[at : at + 1] == ",":
            return None, pos
    emphasis = _EMPHASIS_TAIL.match(masked, at, end) if masked[at : at + 1] == "," else None
    if emphasis is not None:
        # "Ủy ban nhân dân các tỉnh, thành phố …, trọng tâm là các địa phương có phụ tải
        # lớn: Hà Nội, …, Quảng Ninh, đẩy mạnh …": the members a list stresses, over
        # their commas, then its verb
        at = _after_stressed(masked, emphasis.end(), end) or pos
    elif masked[at : at + 1] == ",":
        close = masked.find(",", at + 1, end)
        if close > 0 and len(masked[at + 1 : close].split()) <= 8:
            at = close + 1
    elif _ASIDE.match(masked, at, end) or (
        _MANNER_ASIDE.match(masked, at, end) and not _MANNER_WHOLE.match(masked, at, end)
    ):
        # "Các bộ, ngành trên cơ sở nhiệm vụ được giao tại các văn bản nêu trên, hoàn thiện …";
        # "Sở Nông nghiệp và Môi trường, Sở Công Thương: theo chức năng quản lý công trình
        # xây dựng chuyên ngành, kiểm tra …": a manner with the field's own complement, to
        # its comma (one the adverbs read whole is theirs: "theo chức năng, nhiệm vụ, …",
        # "… trong phạm vi chức năng, nhiệm vụ của mình và các cơ quan …")
        close = masked.find(",", at, end)
        if close > 0 and len(masked[at:close].split()) <= _ASIDE_WORDS:
            at = close + 1
    adverbs = _ADVERBS.match(masked, at)
    if adverbs:
        at = adverbs.end()
        if _PERIODIC.search(masked, adverbs.start(), at):
            # "Thành viên Ban Chỉ đạo định kỳ 06 tháng (trước ngày 20 tháng 6 hằng năm) và
            # 01 năm (…) báo cáo …": how often, then the verb
            at = _PERIOD.match(masked, at, end).end()
    at = _skip_space(masked, at, end)
    shall = _SHALL.match(masked, at, end)
    if shall is not None:
        # "…, Sở Khoa học và Công nghệ sẽ thực hiện chấm dứt …": in the directive part
        # the future states what the body shall do (elsewhere it is a plan)
        at = _skip_space(masked, shall.end(), end)
    word = _LETTERS.match(masked, at, end)
    if not word and adverbs and adverbs.end() > adverbs.start() and masked[at : at + 1] == ",":
        # "… lãnh đạo các Bộ, ngành theo chức năng, nhiệm vụ, thẩm quyền tiếp tục tập
        # trung, quyết liệt hơn nữa …": the last of the adverbs is the verb itself
        return "execute", at
    if word and not word.group()[0].islower() and "\n" in masked[pos:at] and _line_opens_task(masked, at):
        # "2. Bộ trưởng các Bộ, …, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố" /
        # "Khẩn trương rà soát …": the bodies' line, then their task on the next line
        return "execute", at
    if not word or not word.group()[0].islower():
        return None, pos
    if _VERBS_DESPITE.match(masked, at):
        return "execute", at
    verb = _VERB_BEFORE.match(masked, at)
    if _NOT_VERBS.match(masked, at):
        # "Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm": how the body works — but for
        # the duty it is given after it ("…, có trách nhiệm chỉ đạo cơ quan mình …")
        duty = _DUTY_AFTER_NOT_VERB.search(masked, at, end)
        if duty is None or duty.start() - at > _NOT_VERB_REACH:
            return None, pos
        return "execute", duty.end()
    if _TENSE.match(masked, at) or verb and not _opening_verb(verb):
        # "Sở X đề nghị …": the body asks, it is not tasked ("Hội đồng … phân công rõ
        # trách nhiệm …" is the body's task)
        return None, pos
    if doc.has_body(at):
        return None, pos
    rest = masked[pos:end].rstrip(" .;*/").split()
    if not short and len(rest) <= _NAME_TAIL_WORDS and rest[0].casefold() not in _VERB_START_WORDS:
        # "2.2. Phòng chuyên môn, nghiệp vụ:" / "Phòng Xây dựng pháp luật;": a name whose
        # last words the grammar left, no verb and its task
        return None, pos
    return "execute", at


_NAME_TAIL_WORDS = 3  # the most words a name may leave after the part the grammar read
# (not "chịu trách nhiệm trước …": to whom the body answers, no task)
_DUTY_AFTER_NOT_VERB = regex.compile(r"[,;]\s*(?:có trách nhiệm|chịu trách nhiệm(?!\s+trước))\s+")
_NOT_VERB_REACH = 60  # the most characters of the description before the duty


_CONNECTIVE = regex.compile(r"(?:" + _alt(_DATA["continuation_connectives"]) + r")\s*,\s*")


def _continuation(doc: _Doc, block: _Block, start: int, end: int, body: str, index: int) -> Optional[_Found]:
    """A sentence with no subject that goes on with ``body``, the last one tasked in
    its paragraph: its role's step (``Phối hợp với Phòng Y tế …``, ``Chủ trì, phối
    hợp …``: _INHERIT), or, in a plain paragraph (no item, nothing under a heading),
    a task (_continued_task: ``Tỉnh tổ chức thực hiện … . Tập trung ưu tiên đầu tư …
    . Đồng thời, tổ chức lại …``).  None otherwise."""
    masked = doc.masked
    if _INHERIT.match(masked, start, end):
        role = "lead" if masked[start : start + 7].lower().startswith("chủ trì") else "coordinate"
        return _Found(start, end, body, role, start, end, partners=_partners(doc, start, end), block=index)
    if block.numbered or block.bullet or block.under_heading:
        return None
    task = _continued_task(masked, start, end)
    return _Found(start, end, body, "execute", task, end, block=index) if task is not None else None


def _continued_task(masked: str, start: int, end: int) -> Optional[int]:
    """Where the task of a sentence with no subject starts, when the sentence opens,
    after a connective (``Đồng thời,``), with a task (``_line_opens_task``) and
    states no plan (``sẽ``; ANNOTATION.md counts no statement of plans): a
    continuation of the sentence before it.  None otherwise."""
    connective = _CONNECTIVE.match(masked, start, end)
    at = connective.end() if connective is not None else start
    if not masked[at : at + 1].isalpha() or connective is None and not masked[at].isupper():
        return None
    if _SHALL.search(masked, at, end):
        return None  # ("Theo dõi sát …, nếu không tốt sẽ thanh lọc dần.": a plan, no task)
    return at if _line_opens_task(masked, at) else None


def _line_opens_task(masked: str, at: int) -> bool:
    """Does the capitalised line at ``at`` open with a task: an adverb of manner or
    a task verb (``Khẩn trương rà soát …``, ``Tập trung chỉ đạo …``, ``Chủ trì, phối
    hợp …``)?"""
    opening = masked[at : at + 40].lower()
    basis = _BASIS_OPENING.match(opening)
    if basis is not None:
        # "Căn cứ nhiệm vụ được giao tại Phụ lục, chủ động xây dựng …": the task after
        # the basis it is done on
        comma = masked.find(",", at, at + _BASIS_CHARS)
        if comma < 0 or "\n" in masked[at:comma]:
            return False
        # ("…, xây dựng, ban hành kế hoạch …": in lower case after the basis's comma a
        # word that opens a verb is the task, no name going on from the line above; the
        # basis may list its owners over commas: "Trên cơ sở đề xuất của Sở Y tế và các
        # cơ quan, đơn vị, tham mưu …")
        later = comma
        while 0 <= later and "\n" not in masked[at:later]:
            first = _FIRST_WORD.match(masked[later + 1 : later + 41].lstrip())
            if first is not None and first.group(1)[:1].islower() and first.group(1) in _VERB_START_WORDS:
                return True
            later = masked.find(",", later + 1, at + _BASIS_CHARS)
        opening = masked[comma + 1 : comma + 41].lstrip().lower()
    adverbs = _ADVERBS.match(opening)
    return adverbs.end() > 0 or _CELL_TASK.match(opening) is not None


_BASIS_OPENING = regex.compile(r"(?:căn\s+cứ|trên\s+cơ\s+sở|theo\s+chức\s+năng)(?![\p{L}])")
_BASIS_CHARS = 160  # a basis phrase before its comma, at most


def _execution(doc: _Doc, s_start: int, s_end: int, block: int) -> Optional[_Found]:
    if not doc.executions.any_in(s_start, s_end):
        return None
    masked = doc.masked
    match = _EXECUTION.search(masked, s_start, s_end)
    if not match:
        return None
    begin = _after_marker(masked, s_start, match.start())
    courtesy = _COURTESY.match(masked, begin, match.start())
    if courtesy is not None:
        begin = courtesy.end()  # "Các ông, bà: Chánh Văn phòng Bộ; …": whom the clause addresses
    if _ROLE_RX.search(masked, begin, match.start()):
        # "2. Vụ Pháp chế chủ trì, phối hợp với Cục … theo dõi, đôn đốc việc thi hành Thông
        # tư này": a body's task about the execution, not the list of who executes
        return None
    region = doc.text[begin : match.start()]
    cleaned = light_name(region)
    if not cleaned or not doc.has_body(begin):
        return None
    if ";" in cleaned:
        parts = cleaned.split(";")
    else:
        parts = _ADDRESSEE_SPLIT.split(cleaned)
    names = [light_name(p) for p in parts if light_name(p)]
    return _Found(
        s_start,
        s_end,
        "; ".join(names),
        "execute",
        match.start(),
        s_end,
        kind="execution_clause",
        block=block,
    )


_COURTESY = regex.compile(r"\s*(?:Các\s+)?[ÔôO]ng\s*[,/]\s*[Bb]à\s*:\s*")
# Where a comma list of addressees parts: before an office title, before "và các".
_ADDRESSEE_SPLIT = regex.compile(r",\s*(?=(?:" + _TITLE_ALT + r")\s)|\s+và\s+(?=các\s)")


_MARKER_LEVELS = (  # outline levels, outermost first: Điều 5. / I. / 1. / 1.1. / a) / (i)
    regex.compile(r"[\s*]*Điều\s+\d+\.?[\s*]"),
    regex.compile(r"\s*[IVX]{1,5}[.)]\s"),
    regex.compile(r"\s*\d{1,2}(?:  )?[.)]\s"),
    regex.compile(r"\s*\d{1,2}\.\d{1,2}\.?\s"),
    regex.compile(r"\s*\(?[a-zđ][.)]\s"),
)


def _marker_level(masked: str, start: int, end: int) -> Optional[int]:
    """The outline level of the list marker a block opens with (None: none)."""
    for level, pattern in enumerate(_MARKER_LEVELS):
        if pattern.match(masked, start, end):
            return level
    return None


# Words that make the rest of a heading a sentence, not a body's qualifier
# ("tổ chức thực hiện các nhiệm vụ sau", "phòng chuyên môn, nghiệp vụ gồm").
_NOT_QUALIFIER = regex.compile(r"(?<![\p{L}])(?:thực\s+hiện|nhiệm\s+vụ|gồm|sau|như\s+sau|là)(?![\p{L}])")


def _qualifies_body(rest: str) -> bool:
    """Is what follows a body in a heading only its qualifier (``xây dựng và kinh
    doanh hạ tầng Khu công nghiệp``, ``thứ cấp đang hoạt động trong KCN``): a few
    words, no role or tasking verb, no sentence?"""
    if _PASSIVE_QUALIFIER.fullmatch(rest):
        # "1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ": the bodies given the tasks
        return True
    return (
        len(rest.split()) <= 10
        and not _ROLE_RX.search(rest)
        and not _VERB_BEFORE.search(rest)
        and not regex.search(r"[.;:]", rest)
        and not _NOT_QUALIFIER.search(rest)
    )


_GENERIC_ROLE = regex.compile(r"[ \t\n]+(?:chủ\s+trì|phối\s+hợp)(?![\p{L}])")
_HEADING_DESCRIPTION_WORDS = 25  # a generic body's description in a heading, at most


def _describes_generic(
    doc: _Doc, groups: list[list[tuple[int, int]]], block: _Block, rest: str, topical: bool = False
) -> bool:
    """Is what follows a generic body in a heading that closes without a colon the
    body's description, role words included (``2. Các Sở, ngành chủ trì, quản lý,
    tham gia thực hiện các dự án, tiểu dự án …``, ``1.3. Các cơ quan tham mưu quản
    lý ngành, lĩnh vực``, ``7. Các doanh nghiệp hoạt động trong lĩnh vực xây dựng,
    giao thông …``)?  A generic noun names no one until described; a heading with a
    colon introduces the bodies' tasks (``Các sở, ngành chủ trì thực hiện …:``); but for
    a topic's (``topical``: ``2. Đối với các tổ chức cung cấp dịch vụ chứng thực chữ ký
    số công cộng:``) it closes the topic, the body, whose tasks are the items below."""
    masked = doc.masked
    if len(groups) != 1 or len(groups[0]) != 1 or _colon_ended(masked, block) and not topical:
        return False
    start = groups[0][0][0]
    toks = doc.tokens.run(start)
    if not (_PLURAL.match(masked, start) or (toks and toks[0].start == start and generic_at(toks, 0))):
        return False
    return _description(rest)


def _description(rest: str) -> bool:
    """Do the words ``rest`` read as a description: not too many, no sentence mark,
    no tasking verb over a body (``giao Sở …``; "giao thông" is a noun), no tense?"""
    return (
        len(rest.split()) <= _HEADING_DESCRIPTION_WORDS
        and not regex.search(r"[.;:!?“”\"]", rest)
        and not any(_tasks_a_body(rest, verb.end()) for verb in _VERB_BEFORE.finditer(rest))
        and not _TENSE.search(rest)
        # ("… trên địa bàn thành phố có trách nhiệm": a clause, its subject described up to its duty;
        # "… thực hiện các nhiệm vụ sau": a clause that introduces the tasks)
        and not _DUTY.search(rest)
        and not _NOT_DESCRIPTION.search(rest)
    )


def _tasks_a_body(text: str, pos: int) -> bool:
    toks = tokens(text[pos:])
    return bool(toks) and body_at(toks, 0) is not None


_NOT_DESCRIPTION = regex.compile(
    r"(?<![\p{L}])(?:(?:nhiệm\s+vụ|gồm|là)(?![\p{L}])|sau(?:\s+đây)?[\s:*]*$)"  # ("sau đại học" describes)
)


def _named_by_heading(doc: _Doc, begin: int, end: int, duty: bool) -> Optional[int]:
    """Where the name of a body the registry does not know ends, in a heading that
    names it: after ``Trách nhiệm của`` (``duty``) its words up to the colon (``1.5.
    Trách nhiệm của đối tượng thực hiện kiểm kê:``); or a generic noun with its
    description, closing without a colon (``3. Cơ quan chủ trì giải quyết thủ tục đầu
    tư dự án``); or an actor of ``heading_actors`` with its description, colon or
    not (``8. Chủ rừng``).  None when the heading names no body so."""
    masked = doc.masked
    heading = masked[begin:end].rstrip(" *")
    colon = heading.endswith(":")
    name_end = begin + len(heading.rstrip(" :*"))
    if name_end <= begin:
        return None
    rest = _HEADING_NOTE.sub(" ", masked[begin:name_end])
    if duty:
        return name_end if _description(rest) else None
    actor = _PLURAL.match(masked, begin)
    actor = _HEADING_ACTOR.match(masked, actor.end() if actor else begin, name_end)
    if (
        actor is not None
        and len(rest.split()) <= _ACTOR_HEADING_WORDS
        and _description(rest[actor.end() - begin :])
    ):
        # "8. Chủ rừng", "2. Các lực lượng chức năng", "3. Trưởng đoàn kiểm tra:" over the
        # actor's tasks: an actor of heading_actors heading its items, as an actor of
        # actor_heads opens a clause before its duty (_actor_subject)
        return name_end
    toks = doc.tokens.run(begin, BODY_STARTS)
    if colon or not toks or toks[0].start != begin:
        return None
    generic = generic_at(toks, 0)
    if generic is None or toks[generic - 1].end >= name_end:
        return None
    # (without "các" a generic noun is named by its role: "Cơ quan chủ trì …"; "Tổ chức
    # hội nghị …", "Phòng chống …" open with a verb)
    role = _GENERIC_ROLE.match(masked, toks[generic - 1].end, name_end)
    if role is None:
        return None
    return name_end if _description(masked[role.end() : name_end]) else None


_HEADING_ACTOR = regex.compile(r"(?:" + _alt(_DATA["heading_actors"]) + r")(?![\p{L}\p{N}])", regex.I)
# (every heading actor is an actor of actor_heads: one added to the headings alone fails
# here, at import, rather than heading items its clauses would not read)
if not {a.casefold() for a in _DATA["heading_actors"]} <= {a.casefold() for a in _DATA["actor_heads"]}:
    raise ValueError("assignments.json: heading_actors must be actors of actor_heads")
_ACTOR_HEADING_WORDS = 8  # an actor's name in a heading, at most (more is a sentence)
_APPOSITIVE_LA = regex.compile(r"\s+là\s+")


def _before_alias(names: str) -> str:
    """``names`` up to the bracket that names them for short (``… trực thuộc trung ương
    (sau đây gọi là các Bộ, cơ quan, địa phương)``), whose ``là`` is no appositive."""
    for bracket in regex.finditer(r"\(", names):
        if _ALIAS.match(names, bracket.end()):
            return names[: bracket.start()]
    return names


# A short passive after a body in a heading says which of them are meant.
_PASSIVE_QUALIFIER = regex.compile(_CHARGE_WORDS + r"(?:\s+[\p{Ll}]+){0,4}")


def _bracketed_members(doc: _Doc, body_end: int, end: int) -> Optional[str]:
    """The bodies a bracket right after a plural generic body lists, whole (``Các cơ
    quan đăng ký đầu tư (Sở Tài chính, Ban quản lý …)``), as a light name; None when
    the bracket holds anything else (a note, places: ``UBND các tỉnh (Hà Tĩnh, …)``)."""
    masked = doc.masked
    open_at = _skip_space(masked, body_end, end)
    if masked[open_at : open_at + 1] != "(":
        return None
    close = masked.find(")", open_at, end)
    if close < 0:
        return None
    found = doc.body_list(_skip_space(masked, open_at + 1, close), close, exact=True)
    if not found or masked[found[1] : close].strip():
        return None
    if sum(len(group) for group in found[0]) < 2:
        return None
    return light_name(doc.text[open_at + 1 : close])


def _heading(doc: _Doc, blocks: list[_Block], index: int, directive: bool) -> list[_Found]:
    """A numbered/bold ``Giao X`` or ``X`` heading with its content below."""
    block = blocks[index]
    masked = doc.masked
    article = _ARTICLE_HEADING.match(masked, block.start, block.end)
    plain = not (block.numbered or block.bold or article)
    if len(block.sentences) != 1 or plain and not _plain_heading(doc, blocks, index, directive):
        return []
    content = masked[block.start : block.end].rstrip()
    if content.endswith(".") or len(content.split()) > 60:
        return []
    begin = article.end() if article else _after_marker(masked, block.start, block.end)
    # "Điều 5. Trách nhiệm của Sở Tài chính", "2. Nhiệm vụ của Ủy ban nhân dân cấp xã:": a
    # heading that names its body's duties, in any part of the document
    duty = _DUTY_HEADING.match(masked, begin, block.end)
    topical = False  # the heading is a topic that names the body its items are for
    content = None if duty is not None else _CONTENT_HEADING.match(masked, begin, block.end)
    if content is not None:
        duty = content if doc.has_body(content.end()) else None
    elif duty is None:
        # "**1. Đối với UBND các huyện, thành phố, thị xã**" over its items: the body the
        # tasks below are for (a topic that names no body heads none: "Đối với các dự án
        # …"; nor one under a heading of criteria: "2. Tiêu chí thi đua" / "a) Đối với các
        # sở, ban, ngành" / "- Hoàn thành vượt mức …")
        topic = _TOPIC_HEADING.match(masked, begin, block.end)
        if topic is not None and doc.has_body(topic.end()) and not _under_criteria(doc, blocks, index):
            duty = topic
            topical = True
    if duty is not None:
        begin = duty.end()
    unknown = False  # the body is one the registry does not name (_named_by_heading)
    verb = _HEADING_VERB.match(masked[begin : block.end])
    if verb:
        names_from = begin + verb.end()
        if not doc.has_body(names_from):
            return []
        found = doc.body_list(names_from, block.end)
        rest = masked[found[1] : block.end].strip(" :*") if found else ""
        if (
            found
            and rest
            and ";" not in rest
            and (
                _ROLE_RX.search(rest)
                # ("1. Đề nghị Ủy ban nhân dân các tỉnh, thành phố … chỉ đạo:": what they
                # are asked to do over the items, no part of their name; not "**6. Đề nghị
                # các tổ chức cung cấp dịch vụ chi trả**", the description of a plural)
                or _asked_over_items(masked, block, rest)
                # ("a) Đề nghị Ủy ban nhân dân các tỉnh … chỉ đạo Sở Công Thương, Công an tỉnh
                # … thực hiện:": the bodies they direct, and what those do)
                or _directs_over_items(doc, block, found[1], block.end)
            )
        ):
            # "d) Giao Ban Quản lý … Cần Thơ chỉ đạo các đơn vị … có trách nhiệm:": the
            # bodies, not the clause that follows them
            named = [(_group_name(doc, g)[0], _group_name(doc, g)[2]) for g in found[0]]
        else:
            # ("1. Giao Sở X là cơ quan đầu mối, …; tổ chức thực hiện các nhiệm vụ sau:": a
            # name ends at its appositive, and a piece in lower case is a task, no name)
            named = [
                (
                    names_from + part.start(),
                    light_name(_APPOSITIVE_LA.split(_before_alias(part.group()), 1)[0]),
                )
                for part in regex.finditer(r"[^;]+", doc.text[names_from : block.end])
                if not part.group().lstrip(" *")[:1].islower() or doc.has_body(names_from + part.start())
            ]
    else:
        if not directive and duty is None:
            return []
        found = doc.body_list(begin, block.end)
        if not found and duty is None:
            # "**5. Thông tin, tuyên truyền (Báo và Phát thanh, Truyền hình Bắc Ninh; Cổng
            # Thông tin điện tử tỉnh)**": a task's heading whose bodies close it in a bracket
            found = _bracketed_heading_bodies(doc, begin, block.end)
        if not found:
            # "1.5. Trách nhiệm của đối tượng thực hiện kiểm kê:", "3. Cơ quan chủ trì giải
            # quyết thủ tục đầu tư dự án": a body the registry does not name, named by the
            # heading (whose duties follow, or a generic noun and its description)
            name_end = _named_by_heading(doc, begin, block.end, duty is not None)
            if name_end is None:
                return []
            found, unknown = ([[(begin, name_end)]], name_end), True
        groups, body_end = found
        # (a note in brackets is no part of the heading's sense: "1. Sở Nội vụ (Cơ
        # quan thường trực Ban Vì sự tiến bộ phụ nữ …):"; nor is a stressing tail:
        # "…, trong đó trọng tâm là các tỉnh: Đắk Lắk, …:", nor an appositive after a
        # dash: "1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo")
        tail = _EMPHASIS_TAIL.search(masked, body_end, block.end)
        appositive = _HEADING_APPOSITIVE.match(masked, body_end, block.end) if tail is None else None
        if appositive is not None and not doc.has_body(appositive.end()):
            tail = appositive  # ("Văn phòng HĐND - UBND cấp xã": a body after the dash is one more)
        heading_end = tail.start() if tail else block.end
        rest = _HEADING_NOTE.sub(" ", masked[body_end:heading_end]).strip(" :*")
        manner = _ADVERBS.match(masked, body_end, heading_end)
        if rest and manner.end() > body_end and not masked[manner.end() : heading_end].strip(" :*"):
            # "3. Bộ trưởng các Bộ: Quốc phòng, Công an … theo chức năng, nhiệm vụ được
            # giao:": how the bodies act, no part of their names
            rest = ""
        if rest and (
            _asked_over_items(masked, block, rest) or _directs_over_items(doc, block, body_end, heading_end)
        ):
            # "4. Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ đạo:", "2. Bộ Tài chính chỉ đạo
            # Bảo hiểm xã hội Việt Nam:": what the body is to do over the items (as after
            # "Đề nghị …"), no part of its name
            rest = ""
        role = _ROLE_RX.match(masked, body_end, heading_end) if content is not None else None
        if role is not None and not masked[role.end() : heading_end].strip(" :*"):
            rest = ""  # ("Nội dung Công an tỉnh có trách nhiệm chủ trì": the body's role in its duties)
        elif content is not None:
            return []
        if rest and not _qualifies_body(rest) and not _describes_generic(doc, groups, block, rest, topical):
            return []
        if rest:
            # "5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp": a
            # heading that is a body name and its qualifier, nothing else.
            name_end = len(masked[:heading_end].rstrip(" :*"))
            named = [(begin, light_name(doc.text[begin:name_end]))]
        else:
            named = [(_group_name(doc, g)[0], _group_name(doc, g)[2]) for g in groups]
        members = _bracketed_members(doc, body_end, heading_end)
        if members and len(named) == 1 and named[0][1].casefold().startswith("các "):
            # "1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế …):" —
            # the bracket names the members of a generic body, as "Các Sở: A, B" does
            named = [(named[0][0], named[0][1] + ": " + members)]
    names = [name for _, name in named]
    # (and each body of a list the heading names: "2. Sở Khoa học và Công nghệ, Sở Nội
    # vụ" over "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ …")
    if not verb and not unknown:
        names += [light_name(doc.text[a:b]) for group in groups for a, b in group if len(group) > 1]
    below: list[_Block] = []
    level = _marker_level(masked, block.start, block.end)
    if plain:
        # "Ủy ban nhân dân các tỉnh, thành phố:" over "a) …", "b) …": its items are the
        # marked blocks below it, down to one of a higher level than the first
        level = _marker_level(masked, blocks[index + 1].start, blocks[index + 1].end)
        level = None if level is None else level - 1
    last: Optional[_Block] = None  # the last item taken (its time lines aside)
    closed = False  # a paragraph was taken: only its time lines may follow
    took_deeper = False
    for nxt in blocks[index + 1 :]:
        deeper = level is not None and (_marker_level(masked, nxt.start, nxt.end) or 0) > level
        if (nxt.numbered or nxt.bold and not nxt.bullet) and not deeper:
            break
        if last is not None and not nxt.bullet and not deeper and _time_line(masked, nxt):
            # "- Tuyên truyền …" / "Thời gian hoàn thành: Trước ngày 15/11/2025.": the item's time
            below.append(nxt)
            continue
        if closed:
            break
        if deeper:
            # "1. Sở Tư pháp" over "a) …", "b) …": every item of the deeper level
            below.append(nxt)
            last = nxt
            took_deeper = True
            continue
        if took_deeper and not nxt.bullet:
            # "6. Đề nghị các tổ chức …" / "a) …", "c) …" / "Trên đây là Kế hoạch …, các cơ
            # quan, đơn vị, địa phương báo cáo về Sở Y tế …": an unmarked paragraph after
            # the items is the document's own text again
            break
        if last is not None and not nxt.bullet and last.bullet:
            break
        below.append(nxt)
        last = nxt
        closed = not nxt.bullet
    if not below:
        return []
    listed = (
        {light_name(doc.text[a:b]).casefold() for group in groups for a, b in group} if not verb else set()
    )
    if len(listed) > 1 and len(below) > 1:
        # "Điều 9. Sở Kế hoạch và Đầu tư, Sở Tài chính" over "1. Sở Kế hoạch và Đầu tư
        # chủ trì …", "2. Sở Tài chính tham mưu …": a section over a clause of each of
        # the bodies it lists, counted in their own right
        subjects = {_subject_name(doc, item, any_verb=True) for item in below}
        if subjects <= listed and len(subjects) > 1:
            return []
    if (
        (unknown or duty is not None)
        and below[0].numbered
        and (_title_line(masked, below[0]) or _own_subject(doc, below[0], names))
    ):
        # "1. Nhiệm vụ của thành viên Ban Chỉ đạo" over "1.1. Trưởng Ban Chỉ đạo", "1.2. …",
        # "Điều 6. Đơn vị chủ trì quản lý tài sản …" over "1. Sở Tài chính chủ trì …": a
        # section over the headings or the clauses of its bodies
        return []
    if (
        (duty is not None or article is not None and not verb)
        and not topical
        and content is None
        and _items_name_their_bodies(doc, below, names)
    ):
        # "Điều 8. Trách nhiệm của Sở Y tế" over "Sở Y tế có trách nhiệm chỉ đạo …",
        # "Điều 10. Trách nhiệm của Bảo hiểm xã hội tỉnh và Bưu điện tỉnh" over "1. Đề nghị
        # Bảo hiểm xã hội tỉnh chỉ đạo …", "2. Bưu điện tỉnh … có trách nhiệm …": each
        # clause names whom it tasks, the heading's body or another, and is counted in its
        # own right; the heading is the article's title (train's and the probe's
        # annotators count the clauses, not the heading, 23 articles to 6); so is an
        # article's title that only names a body ("Điều 4. Trưởng Ban Chỉ đạo" over
        # "Trưởng Ban Chỉ đạo (Chủ tịch UBND tỉnh) lãnh đạo …")
        block.section = True
        return []
    plural = len(names) == 1 and _UNITS_OF.match(names[0]) is not None and not verb
    if (topical or plural) and 2 * sum(_tasks_own_body(doc, item, names) for item in below) > len(below):
        # "5. Đối với các Bộ, cơ quan thành viên Ban Chỉ đạo" over "a) Bộ Nội vụ - Cơ quan
        # thường trực Ban Chỉ đạo chủ trì …", "b) Bộ Tài chính hướng dẫn …"; "3. Đối với
        # các đơn vị thuộc Chi cục" over "Giao Đội Nghiệp vụ …": most items task a body
        # of their own, each counted in its own right; the topic is a section, no
        # clause of its own ("Đối với các ngân hàng thương mại phối hợp thu …"); so is a
        # plural over its members' items ("**5. Các đơn vị thuộc Bộ**" over "a) Cục Chăn
        # nuôi và Thú y chủ trì …", "b) Cục Quản lý chất lượng …")
        block.section = True
        return []
    if _member_list(doc, below[0]):
        for nxt in below:
            nxt.under_heading = True  # (its items are members, none a free clause)
        return []
    if not verb and len(below) == 1 and not below[0].bullet and _own_subject(doc, below[0], names):
        # "h) Các đơn vị khác" / "Cơ quan đăng ký đầu tư có trách nhiệm lấy ý kiến …": the
        # paragraph below tasks a body of its own; the heading names a topic
        return []
    if not block.numbered and masked.startswith(
        ("Căn cứ", "Căn\xa0cứ"), _skip_space(masked, below[0].start, below[0].end)
    ):
        # "BỘ TRƯỞNG BỘ Y TẾ" over "Căn cứ …": a decision's authority line, never
        # numbered; a numbered "2. Sở Tài chính" over "Căn cứ chức năng, nhiệm vụ,
        # phối hợp …" is a body's heading.
        return []
    for nxt in below:
        nxt.under_heading = True
        if duty is None:
            # (an article on a body's duties, "Điều 24. Trách nhiệm của Công an thành
            # phố" over "1. Công an thành phố xem xét …": an item that names the body
            # again as its subject is a clause of a regulation that tasks it, counted
            # in its own right; under "2. Sở Tư pháp" the paragraph is the heading's task)
            nxt.heading_bodies = frozenset(n.casefold() for n in names if n)
    task_from, task_to = below[0].start, below[-1].end
    task = doc.text[_after_marker(masked, below[0].start, below[0].end) : below[0].end]
    out = []
    for name_start, name in named:
        if not name:
            continue
        out.append(
            _Found(
                block.start,
                block.end,
                name,
                "execute",
                task_from,
                task_to,
                block=index,
                deadline_from=task_from,
                deadline_to=task_to,
                task_text=task,
                partners=_partners(doc, task_from, task_to),
                body_start=name_start,
                # (a heading's items may each have their time: its tasks are done by the last)
                latest_deadline=True,
            )
        )
    return out


def _bracketed_heading_bodies(
    doc: _Doc, begin: int, end: int
) -> Optional[tuple[list[list[tuple[int, int]]], int]]:
    """The bodies a heading names in the bracket that closes it, after the words of
    its task (``6. Kiểm tra, chấn chỉnh hoạt động bán tour … (Ủy ban nhân dân các
    phường …):``): the bracket holds the bodies and at most the last one's lower-case
    qualifier, and the words before it open in capitals with no body, as a task's
    heading does."""
    bracket = _HEADING_BRACKET.search(doc.masked, begin, end)
    opening = _skip_space(doc.masked, begin, end)
    if not doc.masked[opening : opening + 1].isupper() or doc.has_body(opening):
        return None
    found = _bodies_in_bracket(doc, bracket, begin)
    if not found:
        return None
    groups, body_end = found
    rest = doc.masked[body_end : bracket.end(1)].strip()
    if rest:
        # ("… (Ủy ban nhân dân các phường …, Cam Ranh và các xã, đặc khu có hoạt động du
        # lịch)": the last body's qualifier, its name's)
        if not rest[0].islower() or not _qualifies_body(rest):
            return None
        groups[-1][-1] = (groups[-1][-1][0], bracket.start(1) + len(bracket.group(1).rstrip()))
    return groups, bracket.end()


# (a heading's closing bracket, its colon or bold after it)
_HEADING_BRACKET = regex.compile(r"\(([^()]{3,300})\)[ \t*]*:?[ \t*]*$")
_COMPRISING = regex.compile(r"(?<![\p{L}])gồm(?![\p{L}])")
_LABEL_TAIL = regex.compile(r"(?:[ \t]+\p{Ll}+){1,5}(?=[ \t*]*:)")
# "Đồng chí Phó Giám đốc Sở Công Thương - Phó Trưởng ban thường trực:": a member of a
# board named by the post he holds, then, after a dash, his rank on the board
# (``board_officers``; "Trưởng BCĐ 389 tỉnh", "thành viên"): the rank is part of the label,
# and so are the lower-case words that still describe the post before it ("Chi cục Hải
# quan khu vực phụ trách địa bàn tỉnh - thành viên:")
_MEMBER_RANK_TAIL = regex.compile(
    r"(?:[ \t]+\p{Ll}+){0,5}[ \t]+[-–][ \t]+(?:"
    + _alt(
        [title for titles in _DATA["board_officers"].values() for title in titles] + ["Trưởng", "Phó Trưởng"]
    )
    + r")(?![\p{L}])(?:[ \t]+[\p{L}\p{N}]+){0,4}?(?=[ \t*]*:)",
    regex.IGNORECASE,
)
# (a bold label closes at its bold: its words may hold a comma)
_BOLD_LABEL_TAIL = regex.compile(r"(?:[ \t]*,?[ \t]+\p{Ll}+){1,8}(?=\*\*[ \t]+\p{Ll})")


def _label_name_end(masked: str, body_end: int, s_end: int, bold: Optional[str] = None) -> Optional[int]:
    """Where the name of an item's label ends when the words after the body's name
    as read are in lower case and run to the label's colon (``Phòng Dịch tễ`` + `` thú
    y`` + ``:``), or, for a label in bold, to its bold's end before the task (``**3. …
    và các thương nhân đầu mối kinh doanh xăng dầu** bảo đảm …``): those words with
    no verb among them go on with the name; None when they do not reach the label's
    end or hold a verb (``Sở Y tế chủ trì:``, ``… thực hiện:``).  ``bold``: the text
    with its bold marks, when the label opens in bold."""
    rank = _MEMBER_RANK_TAIL.match(masked, body_end, s_end)
    if rank is not None:
        return rank.end()  # (its words are a rank's, "ban thường trực": no verb's)
    tail = _LABEL_TAIL.match(masked, body_end, s_end) or (
        _BOLD_LABEL_TAIL.match(bold, body_end, s_end) if bold is not None else None
    )
    if tail is None:
        return None
    words = tail.group()
    if (
        any(word in _VERB_START_WORDS for word in words.split())
        or _ROLE_RX.search(words)
        or _VERB_BEFORE.search(words)
        or _COMPRISING.search(words)  # ("Ủy ban nhân dân cấp xã bao gồm: …": its members follow)
    ):
        return None
    return tail.end()


def _asked_over_items(masked: str, block: _Block, rest: str) -> bool:
    """Are the words after a heading's bodies what they are asked to do over the items
    below (``… chỉ đạo:``): a verb of a few words closing the heading with its colon, not
    one more name (``… Phó Giám đốc và Kế toán:``)?"""
    words = rest.split()
    return (
        bool(words)  # (a heading's rest may be a line break alone)
        and _opens_a_verb(words[0])
        # (or a longer one that says the items below detail it: "… tổ chức thực hiện Nghị
        # quyết này, trong đó:", "… thực hiện các nội dung sau:")
        and (
            len(words) <= _HEADING_VERB_WORDS
            or len(words) <= _DESCRIPTION_WORDS
            and _DETAILED_BELOW.search(rest) is not None
            and ";" not in rest
        )
        and _colon_ended(masked, block)
    )


def _opens_a_verb(word: str) -> bool:
    """Does ``word`` open a verb (not the "và" or "hoặc" of a list)?"""
    return word in _VERB_START_WORDS and word not in ("và", "hoặc")


def _colon_ended(masked: str, block: _Block) -> bool:
    return masked[block.start : block.end].rstrip(" *").endswith(":")


# a verb of one or two syllables and a capitalised name after it
_VERB_AND_OBJECT = regex.compile(r"[ \t\n]+(\p{Ll}+)(?:[ \t]+\p{Ll}+)?[ \t\n]+(?=\p{Lu})")


def _directs_over_items(doc: _Doc, block: _Block, body_end: int, heading_end: int) -> bool:
    """Are the words after a heading's body its verb and the body it acts through, up to
    the heading's colon (``2. Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:`` over ``a)
    Tập trung …``): what it is asked to do over the items, as ``… chỉ đạo:`` is, not
    the rest of its name?"""
    masked = doc.masked
    if not _colon_ended(masked, block):
        return False
    verb = _VERB_AND_OBJECT.match(masked, body_end, heading_end)
    if verb is None or not _opens_a_verb(verb.group(1)):
        return False
    found = doc.body_list(verb.end(), heading_end, exact=True)
    if not found:
        return False
    # (and what those bodies are to do, a verb of a few words or one that says the items
    # detail it: "… chỉ đạo Sở Công Thương, Công an tỉnh … thực hiện:")
    rest = masked[found[1] : heading_end].strip(" :*")
    return not rest or _asked_over_items(masked, block, rest)


# ("… thực hiện Nghị quyết này, trong đó chỉ đạo:": the items are what the body directs)
_DETAILED_BELOW = regex.compile(
    r"(?<![\p{L}])(?:trong\s+đó(?:\s*,?\s*(?:chỉ\s+đạo|tập\s+trung|lưu\s+ý))?|cụ\s+thể(?:\s+như\s+sau)?|(?:như|nội\s+dung|nhiệm\s+vụ|việc)\s+sau(?:\s+đây)?)[\s:*]*$"
)


def _time_line(masked: str, block: _Block) -> bool:
    """Is a block a time label line (``Thời gian hoàn thành: …``)?"""
    return _TIME_LABEL.match(masked, _after_marker(masked, block.start, block.end), block.end) is not None


# (the grammar joins the halves of a dashed name: a dash left after the name opens an appositive)
# (after a dash, or the role the body takes in this work: "Điều 5. Ban Quản lý dự án …,
# với vai trò chủ đầu tư:")
_HEADING_APPOSITIVE = regex.compile(
    r"[ \t\n]+[-–][ \t\n]+(?=\p{Lu})|[ \t]*,[ \t\n]*với[ \t\n]+vai[ \t\n]+trò(?![\p{L}])"
)
# a cell that lists a procedure's steps: by number ("Bước 1:") or by the time each takes
# ("- Trong thời hạn 05 ngày làm việc, cơ quan … trả lời …", a "Thời hạn giải quyết" cell)
# (or by the case each is for: "- Đối với trường hợp sửa đổi hợp đồng: Trong thời hạn 15 ngày …")
_STEP_MARKER = regex.compile(
    r"\s*(?:Bước\s+\d{1,2}\s*[.:]|(?:[-+]\s*)?(?:(?:Đối\s+với\s+)?trường\s+hợp\s[^:|]{1,80}:\s*)?"
    + _TIME_LIMIT_NUMBER
    + ")",
    regex.I,
)  # (masked: no Markdown)
_ARTICLE_HEADING = regex.compile(r"[\s*]*Điều\s+\d+\.?[\s*]*")
_DUTY_HEADING = regex.compile(r"(?:Trách\s+nhiệm|Nhiệm\s+vụ|TRÁCH\s+NHIỆM|NHIỆM\s+VỤ)\s+(?:của|CỦA)\s+")
# "Điều 6. Nội dung Công an tỉnh có trách nhiệm chủ trì": the duties of a body named
# with its role (a body and a role must follow: "Nội dung thi đua" names a topic)
_CONTENT_HEADING = regex.compile(r"(?:Nội\s+dung|NỘI\s+DUNG)\s+(?=\p{L})")
_TOPIC_HEADING = regex.compile(r"(?:Đối\s+với|ĐỐI\s+VỚI)\s+(?=\p{L})")
_CRITERIA = regex.compile(r"(?<![\p{L}])(?:" + _alt(_DATA["criteria_headings"]) + r")(?![\p{L}])", regex.I)
_CRITERIA_REACH = 12  # blocks looked back over for the heading a topic heading stands under


def _under_criteria(doc: _Doc, blocks: list[_Block], index: int) -> bool:
    """Does the block stand under a heading of criteria or conditions (``2. Tiêu chí
    thi đua``), the nearest numbered or bold block above it that is no topic heading
    and no item of the same or a deeper level (``c) Phối hợp … rà soát điều kiện kết
    nối …`` closes the sibling topic above: it heads nothing)?"""
    level = _starred_level(doc.masked, blocks[index])
    for back in range(index - 1, max(-1, index - _CRITERIA_REACH), -1):
        block = blocks[back]
        if not (block.numbered or block.bold):
            continue
        above = _starred_level(doc.masked, block)
        if level is not None and above is not None and above >= level:
            continue
        begin = _after_marker(doc.masked, block.start, block.end)
        if _TOPIC_HEADING.match(doc.masked, begin, block.end):
            continue  # (a sibling: "b) Đối với …" under the same heading)
        return _CRITERIA.search(doc.masked, begin, min(block.end, begin + 80)) is not None
    return False


def _starred_level(masked: str, block: _Block) -> Optional[int]:
    """The outline level of a block's marker, in bold or not (``**2. Đối với …**``)."""
    start = block.start
    while start < block.end and masked[start] in " \t*":
        start += 1
    return _marker_level(masked, start, block.end)


def _title_line(masked: str, block: _Block) -> bool:
    """Is a block a title: one short sentence with no closing mark?"""
    return (
        len(block.sentences) == 1
        and not masked[block.start : block.end].rstrip(" *").endswith((".", ";", ":"))
        and len(masked[block.start : block.end].split()) <= _HEADING_DESCRIPTION_WORDS
    )


def _subject_name(doc: _Doc, item: _Block, any_verb: bool = False) -> Optional[str]:
    """The body a paragraph opens with, with its role verb (with ``any_verb``, a duty
    or a plain verb too: "Sở Công Thương theo dõi, kiểm tra …"), as a folded name;
    None when it opens with none."""
    masked = doc.masked
    begin = _after_marker(masked, item.start, item.end)
    found = _subject_at(doc, begin, item.end)
    if not found or (
        _role_after(masked, found[1])[0] is None
        and not (any_verb and _directive_verb(doc, found[1], item.end)[0] is not None)
    ):
        return None
    return light_name(doc.text[found[0][0][0][0] : found[1]]).casefold()


def _own_subject(doc: _Doc, item: _Block, names: list[str], any_verb: bool = False) -> bool:
    """Does a paragraph open with a body other than the heading's (or one of those it
    lists), with its role verb (with ``any_verb``, any verb, as ``_subject_name``)?"""
    name = _subject_name(doc, item, any_verb)
    return name is not None and all(name != heading.casefold() for heading in names)


def _items_name_their_bodies(doc: _Doc, below: list[_Block], names: list[str]) -> bool:
    """Does every item of a heading's first level (its time lines aside) open with a
    body and a verb, or with a request to one of the heading's bodies, leaving none
    whose subject is the heading's?"""
    masked = doc.masked
    level = _marker_level(masked, below[0].start, below[0].end)
    items = [
        item
        for item in below
        if _marker_level(masked, item.start, item.end) == level and not _time_line(masked, item)
    ]
    return bool(items) and all(
        _subject_name(doc, item, any_verb=True) is not None or _requests_one_of(doc, item, names)
        for item in items
    )


def _requests_one_of(doc: _Doc, item: _Block, names: list[str]) -> bool:
    """Does a paragraph open with a request to one of ``names`` (``1. Đề nghị Bảo
    hiểm xã hội tỉnh chỉ đạo …`` under its duties)?  Under a body's duties, a request
    to another body is the body's own (``a) Đề nghị Sở Tư pháp cấp …`` under the
    duties of the heads of notary offices)."""
    asked = _requested_at(doc, item)
    found = doc.body_list(asked, item.end) if asked is not None else None
    folded = {name.casefold() for name in names}
    return bool(found) and any(
        light_name(doc.text[a:b]).casefold() in folded for group in found[0] for a, b in group
    )


def _tasks_own_body(doc: _Doc, item: _Block, names: list[str]) -> bool:
    """Does a paragraph open with a body other than the heading's and any verb, or with
    a request to a body (``Giao Đội Nghiệp vụ …``)?"""
    if _own_subject(doc, item, names, any_verb=True):
        return True
    asked = _requested_at(doc, item)
    return asked is not None and doc.has_body(asked)


def _requested_at(doc: _Doc, item: _Block) -> Optional[int]:
    """Where the bodies a paragraph's opening request asks start (after ``Giao``,
    ``Đề nghị``, …), or None when it opens with no request."""
    begin = _after_marker(doc.masked, item.start, item.end)
    request = _HEADING_VERB.match(doc.masked[begin : item.end])
    return None if request is None else begin + request.end()


def _member_list(doc: _Doc, item: _Block) -> bool:
    """Does the first item below a heading name a body of its own and, after a colon,
    what concerns it (``a) Các cơ quan, đơn vị cấp tỉnh …:`` / ``- Ban Chỉ đạo bầu cử
    của tỉnh: Không quá 05 cá nhân;``)?  Then the heading lists its members (quotas,
    addressees), it does not head tasks of its own."""
    masked = doc.masked
    begin = _after_marker(masked, item.start, item.end)
    if not doc.has_body(begin):
        return False
    colon = masked.find(":", begin, min(item.end, begin + _MEMBER_LABEL_CHARS))
    return (
        colon > 0
        and not regex.search(r"[.;]", masked[begin:colon])
        and len(masked[begin:colon].split()) <= 12
    )


_MEMBER_LABEL_CHARS = 100


def _plain_heading(doc: _Doc, blocks: list[_Block], index: int, directive: bool) -> bool:
    """Is a block with no list marker nor bold a body heading all the same: in the
    directive part, one line that ends with a colon and opens with a body, over a
    numbered or bulleted item (``1.2. Hỗ trợ khẩn cấp về nhà ở`` / ``Ủy ban nhân
    dân các tỉnh, thành phố:`` / ``a) Huy động …``)?"""
    block = blocks[index]
    if not directive or index + 1 >= len(blocks):
        return False
    nxt = blocks[index + 1]
    if not (nxt.numbered or nxt.bullet):
        return False
    # the bodies and nothing else ("Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:" is a
    # clause that introduces its list)
    return _body_label(doc, block.start, block.end) is not None


def _bar_cells(masked: str) -> list[tuple[int, int]]:
    """The cells of tables laid out one cell per line block between ``|`` lines
    (the text of a TVPL page)."""
    cells: list[tuple[int, int]] = []
    cell_start = None
    bar = masked.find("|")
    while bar >= 0:  # (the lines that hold a "|", not every line)
        line_start = masked.rfind("\n", 0, bar) + 1
        line_end = masked.find("\n", bar)
        line_end = len(masked) if line_end < 0 else line_end
        if masked[line_start:line_end].strip() == "|":
            if cell_start is not None:
                cells.append((cell_start, line_start))
            cell_start = line_end + 1
        bar = masked.find("|", line_end)
    return cells


_CELL_SEPARATOR = regex.compile(r"[ \t]*(?:\t|(?<=\S)[ \t]+\|[ \t]+(?=\S))[ \t]*")
_RULE_LINE = regex.compile(r"[ \t|:+-]*")  # a Markdown table's rule ("|---|:---|")
_ROW_CELLS = 3  # a line of this many cells or more is a table's row


def _line_cells(masked: str) -> list[tuple[int, int]]:
    """The cells of tables written a row per line — cells joined by `` | `` (a
    ruled PDF table), by tabs (Word, web pages) or between pipes (Markdown) — each
    row closed by an empty cell, as ``_rows_between_empty_cells`` reads rows."""
    if "\t" not in masked and " | " not in masked:
        return []
    cells: list[tuple[int, int]] = []
    line_start = 0
    while line_start < len(masked):
        line_end = masked.find("\n", line_start)
        line_end = len(masked) if line_end < 0 else line_end
        a, b = line_start, line_end
        while a < b and masked[a] in " \t|":
            a += 1
        while b > a and masked[b - 1] in " \t|":
            b -= 1
        separators = list(_CELL_SEPARATOR.finditer(masked, a, b)) if a < b else []
        if len(separators) + 1 >= _ROW_CELLS and not _RULE_LINE.fullmatch(masked, a, b):
            start = a
            for separator in separators:
                cells.append((start, separator.start()))
                start = separator.end()
            cells += [(start, b), (line_end, line_end)]
        line_start = line_end + 1
    return cells


def _table_rows(doc: _Doc) -> list[_Found]:
    """Rows of task tables: laid out one cell per line block between ``|`` lines,
    or written a row per line (``_line_cells``)."""
    masked = doc.masked
    # (both kinds in one copy: a portal copy's header table between "|" lines over a
    # task table written a row per line; the row cells sort inside the bar cell that
    # holds them, which is too long to be read as a header)
    cells = sorted(set(_bar_cells(masked)) | set(_line_cells(masked)))
    out: list[_Found] = []
    if not cells:
        return out

    contents: dict[tuple[int, int], str] = {}

    def content(cell):
        if cell not in contents:
            contents[cell] = " ".join(masked[cell[0] : cell[1]].split())
        return contents[cell]

    lead_rx, task_rx, deadline_rx, partner_rx = (
        _TABLE_LEAD_OR_RESPONSIBLE,
        _TABLE_TASK,
        _TABLE_DEADLINE,
        _TABLE_PARTNERS,
    )
    k = 0
    while k < len(cells):
        if len(content(cells[k])) > 60 or not lead_rx.search(content(cells[k])):
            k += 1
            continue
        # The header row: the run of non-empty short cells around the lead cell.
        first = k
        while (
            first > 0
            and content(cells[first - 1])
            and len(content(cells[first - 1])) < 60
            and not _ROW_NUMBER.match(content(cells[first]))
            and not _NUMBER_HEADER.match(content(cells[first]))
        ):
            first -= 1
        numbered = _NUMBER_HEADER.match(content(cells[first])) is not None
        last = k
        while last + 1 < len(cells) and content(cells[last + 1]) and len(content(cells[last + 1])) < 60:
            if numbered and _ROW_NUMBER.match(content(cells[last + 1])):
                break  # ("TT | Nội dung | … | Thời gian hoàn thành | 1 | …": the first row's number)
            last += 1
        header = [content(c) for c in cells[first : last + 1]]
        width = len(header)
        lead_col = next((n for n, h in enumerate(header) if _TABLE_LEAD.search(h)), k - first)
        task_col = next((n for n, h in enumerate(header) if task_rx.match(h)), None)
        deadline_col = next((n for n, h in enumerate(header) if deadline_rx.match(h)), None)
        partner_col = next((n for n, h in enumerate(header) if partner_rx.search(h) and n != lead_col), None)
        # (a column of who carries out each row names the lead only beside a column
        # named as the task: "Tên thủ tục hành chính | Lĩnh vực | Cơ quan thực hiện" tasks nobody)
        executor = not _TABLE_NAMED_LEAD.search(header[lead_col])
        if task_col is None and numbered and width > 2 and lead_col != 1 and not executor:
            # "STT | Tên thông tin thống kê | … | Đơn vị chịu trách nhiệm phổ biến": what
            # each numbered row is about names its task
            task_col = 1
        if task_col is None or width < 2:
            k = last + 1
            continue
        columns = _TableColumns(task_col, lead_col, deadline_col, partner_col)
        if last + 1 < len(cells) and not content(cells[last + 1]):
            # Each row closed by an empty cell (a "|" line right after the one
            # that ends its last cell): rows are read between those, so a row
            # whose last cells were merged into the row above keeps the columns
            # of those it has, and the rows after it keep theirs.
            k = _rows_between_empty_cells(doc, cells, last + 1, columns, numbered, content, out)
            continue
        r = last + 1
        while r + width <= len(cells) + 1 and r < len(cells):
            if not content(cells[r]):
                r += 1
                continue
            if numbered and not _ROW_NUMBER.match(content(cells[r])):
                if lead_rx.search(content(cells[r])) or len(content(cells[r])) > 400:
                    break
                r += 1
                continue
            row = cells[r : r + width]
            if len(row) < width:
                break
            short = next((n for n in range(1, width) if not content(row[n])), None)
            if short is not None:
                # A section row ("| I | CẢI CÁCH THỂ CHẾ |", its cells merged): it ends
                # at the empty cell, and the next row starts after it.
                r += short + 1
                continue
            _table_row(doc, row, columns, out)
            r += width
        k = r
    _headerless_steps(doc, cells, content, out)
    return out


# a step's time in a procedure table ("05 ngày", "0,5 ngày làm việc", "08 giờ")
_STEP_TIME = regex.compile(r"\d{1,3}(?:[,.]\d{1,2})?\s+(?:ngày|giờ)(?:\s+làm\s+việc)?")
_STEP_ROWS = 2  # a table of steps has this many rows at least
_STEP_ACTOR_CHARS = 120  # who takes a step: a name, not a sentence


def _headerless_steps(doc: _Doc, cells, content, out: list) -> None:
    """The rows of a procedure's table of steps printed without its header row (``7.
    Quy trình xử lý công việc`` over ``| 2 | Duyệt hồ sơ, chuyển cho … | Lãnh đạo đơn
    vị | 01 ngày | … |``): a row closed by an empty cell that opens with its number,
    then the step, who takes it and the time it takes, tasks that body with the step —
    where the document has two such rows at least, and no table read by its header
    holds them."""
    read = {(f.task_from, f.task_to) for f in out if f.kind == "table_row"}
    rows: list[list[tuple[int, int]]] = []
    row: list[tuple[int, int]] = []
    for cell in cells:
        if content(cell):
            row.append(cell)
            continue
        if (
            len(row) >= 4
            and _ROW_NUMBER.match(content(row[0]))
            and _STEP_TIME.fullmatch(content(row[3]))
            and _trim(doc.text, *row[1]) not in read
            and _trim(doc.text, *row[2]) not in read
        ):
            rows.append(row)
        row = []
    if len(rows) < _STEP_ROWS:
        return

    def names_actor(cell) -> bool:
        if len(content(cell)) > _STEP_ACTOR_CHARS:
            return False
        toks = tokens(content(cell))
        return body_at(toks, 0) is not None or generic_at(toks, 0) is not None

    # who takes each step: the column after the number or the one after it, whichever
    # opens with a body in more rows ("| Bước 2 | Lãnh đạo Phòng … | Nhận hồ sơ … |")
    lead = 1 if sum(names_actor(r[1]) for r in rows) > sum(names_actor(r[2]) for r in rows) else 2
    columns = _TableColumns(task=3 - lead, lead=lead, deadline=None, partners=None)
    for row in rows:
        if len(content(row[lead])) <= _STEP_ACTOR_CHARS:
            _table_row(doc, row, columns, out)


@dataclass(frozen=True)
class _TableColumns:
    """Which column of a task table holds what (None: no such column)."""

    task: int
    lead: int
    deadline: Optional[int]
    partners: Optional[int]


def _rows_between_empty_cells(doc, cells, r, columns, numbered, content, out) -> int:
    """Read the rows of a table whose rows each end at an empty cell, from
    cell ``r``; return the cell after the table."""
    needed = max(columns.task, columns.lead) + 1
    above: list[tuple[int, int]] = []  # the last full row, whose cells may span the rows below
    next_table = None
    while r < len(cells) and next_table is None:
        row = []
        while r < len(cells) and content(cells[r]):
            if row and _NUMBER_HEADER.match(content(cells[r])):
                # The next table's header ("STT | Tên nhiệm vụ | Đơn vị chủ trì | …")
                # right after this table's last row and its caption, with no empty
                # cell between them: the row ends there, and the next table is read
                # with its own columns
                next_table = r
                break
            row.append(cells[r])
            r += 1
        r += 1  # (the empty cell that closes the row)
        if not row:
            continue
        if _NUMBER_HEADER.match(content(row[0])) or (
            _TABLE_LEAD_OR_RESPONSIBLE.search(content(row[0])) and len(content(row[0])) < 60
        ):
            return r - len(row) - 1  # (the header of the next table)
        if numbered and not _ROW_NUMBER.match(content(row[0])):
            if len(content(row[0])) > 400:
                return r  # (text after the table)
            continue
        if len(row) < needed:
            if not (numbered and above and content(row[0]).isdigit() and len(row) > columns.task):
                above = []
                continue  # (a section row: "| I | CẢI CÁCH THỂ CHẾ |")
            # "| 2 | Số đại biểu Hội đồng nhân dân | Chính thức |": a numbered row whose
            # last cells were merged into the row above (a rowspan) takes them from it
            row = row + above[len(row) :]
        else:
            above = row
        _table_row(doc, row, columns, out)
    return r if next_table is None else next_table


def _table_row(doc, row, columns: _TableColumns, out: list) -> None:
    """The assignment of one row of a task table, if its cells name a body and a task."""
    text = doc.text
    task_cell, lead_cell = row[columns.task], row[columns.lead]
    body = _lead_cell_body(doc, *lead_cell)
    start, end = _trim(text, *task_cell)
    if not body or end <= start:
        return
    deadline = None
    if columns.deadline is not None and columns.deadline < len(row):
        deadline = _cell_date(doc, *row[columns.deadline])
    partners: tuple[str, ...] = ()
    if columns.partners is not None and columns.partners < len(row):
        partners = _cell_bodies(doc, *row[columns.partners])
    out.append(
        _Found(
            start, end, body, "lead", start, end, kind="table_row", partners=partners, cell_deadline=deadline
        )
    )


# A cell is read as a sentence when this many words at least follow the bodies it opens
# with; the name it opens with has at most _CELL_NAME_WORDS (a list with its places).
_CELL_SENTENCE_WORDS = 8
_CELL_NAME_WORDS = 40
# A lead cell's task after its bodies opens with one of these (and has no capital).
_CELL_TASK_VERBS = r"(?:" + _alt(_DATA["cell_task_verbs"]) + r")(?![\p{L}])"
_CELL_TASK = regex.compile(r"\s*" + _CELL_TASK_VERBS)
# (anywhere in a cell written as a sentence: where its name ends)
_CELL_VERB = regex.compile(r"(?<![\p{L}])" + _CELL_TASK_VERBS)


_CELL_PIECE = regex.compile(
    r"(?:\G|(?<=;)|(?<=\n))[ \t\n]*(?:[-+•][ \t]+)?([^;\n]+(?:\n(?![ \t]*[-+•][ \t])[^;\n]*)*)"
)


def _lead_cell_body(doc: _Doc, start: int, end: int) -> str:
    """The bodies a lead cell names, as written: each ``;`` piece up to the end of
    the bodies it opens with, when a task in lower case follows them (``Sở KH&CN
    chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện công bố …``
    names ``Sở KH&CN; Các sở, ngành, UBND cấp xã``); a piece written as a sentence
    is its name up to its verb (``_sentence_cell_name_end``); any other piece the
    grammar does not read is kept whole."""
    pieces = []
    # (pieces between ";", or on lines of their own after a dash: "- Văn phòng Cục …" /
    # "- Công chức thụ lý hồ sơ")
    for piece in _CELL_PIECE.finditer(doc.masked, start, end):
        a, b = piece.start(1), piece.end(1)
        toks = tokens(doc.masked[a:b])
        j = 0
        while has_token(toks, j):
            stop = body_at(toks, j) or generic_at(toks, j)
            if stop is None:
                break
            j = stop
            if has_token(toks, j) and toks[j].text in (",", "và") and has_token(toks, j + 1):
                j += 1
                continue
            break
        if not j and doc.masked[a : a + 1].isdigit():
            continue  # (a time or a date where the row has no cell of its own: "1/4 ngày")
        after_bodies = a + toks[j - 1].end if j else a
        rest = doc.masked[after_bodies:b]
        if len(rest.split()) > _CELL_SENTENCE_WORDS:
            b = _sentence_cell_name_end(doc.masked, a, after_bodies, b, bool(j))
        if j and _CELL_TASK.match(rest) and not regex.search(r"\p{Lu}", rest):
            b = a + toks[j - 1].end
        pieces.append(light_name(doc.text[a:b]))
    return "; ".join(p for p in pieces if p)


def _sentence_cell_name_end(masked: str, start: int, after_bodies: int, end: int, read: bool) -> int:
    """Where the name ends in a cell written as a sentence (``Nơi tiếp nhận thông tin có
    trách nhiệm ghi chép …``; ``Sở Y tế, cơ quan Công an các cấp, Ủy ban nhân dân cấp xã nơi
    xảy ra vụ việc hoặc nơi trẻ em cư trú thực hiện việc kiểm tra …``): before its duty or
    its first task verb, and before a condition (``Các cơ quan, …, cá nhân nếu phát hiện …
    có trách nhiệm thông báo …``) that follows the bodies the grammar reads
    (``after_bodies``; ``read``: it reads any).  ``end`` when no verb is found, the
    name is too long to be one, or a condition opens a piece the grammar does not read
    (``Trường hợp …, Chủ tịch … phải …``)."""
    verbs = [
        verb
        for verb in (_ACTOR_DUTY.search(masked, start, end), _CELL_VERB.search(masked, after_bodies, end))
        if verb is not None
    ]
    if not verbs:
        return end
    verb = min(verbs, key=lambda v: v.start())
    condition = _QUALIFIER_BREAK.search(masked, after_bodies, verb.start())
    name = masked[start : condition.start() if condition else verb.start()].rstrip(" ,")
    if len(name.split()) > _CELL_NAME_WORDS or condition is not None and not read:
        return end
    return start + len(name)


# (a procedure's steps: "Thứ tự công việc" over "Bước 1", "Bước 2" …)
_NUMBER_HEADER = regex.compile(
    r"^(?:STT|TT|Số\s+TT|Số\s+thứ\s+tự|Thứ\s+tự(?:\s+công\s+việc)?|Các\s+bước)$", regex.I
)
# (a procedure's steps: "Bước 1", "B1")
_ROW_NUMBER = regex.compile(r"^(?:(?:Bước\s+)?(?:\d{1,3}|[IVX]{1,5})(?:\.\d{1,2})*\.?|B\d{1,2})$", regex.I)


def _cell_bodies(doc: _Doc, start: int, end: int) -> tuple[str, ...]:
    """The bodies a table cell names, each once: read by the grammar of body names
    when it covers the cell ("Các sở, ngành, UBND xã, phường, đặc khu" is two),
    else the cell's pieces between commas, semicolons and line breaks."""
    cell = doc.masked[start:end]
    toks = tokens(cell)
    names: list[str] = []
    j = 0
    while has_token(toks, j):
        if toks[j].text in (",", ";", "và", "."):
            j += 1
            continue
        stop = body_at(toks, j) or generic_at(toks, j)
        if stop is None:
            names = []
            break
        names.append(light_name(doc.text[start + toks[j].start : start + toks[stop - 1].end]))
        j = stop
    if names:
        return tuple(names)
    pieces = regex.split(r"[;,]\s*|\n", doc.text[start:end])
    return tuple(p for p in (light_name(x) for x in pieces) if p)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] == "*"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "*"):
        end -= 1
    return start, end


# --------------------------------------------------------------------------


_SCOPE_TITLES = "|".join(r"\s+".join(map(regex.escape, t.split())) for t in _DATA["scope_articles"])
_SCOPE_ARTICLE = regex.compile(_article_titled(_DATA["scope_articles"]) + r"[\s*.]*$", regex.I)
# (not a reference wrapped to a line's start, going on in lower case or to another
# reference: "… quy định tại Chương II và" / "Chương III của Quy chế này.")
_NOT_REFERENCE = r"(?![\p{L}\p{N}])(?![ \t]*(?:\p{Ll}|[,;]))"
_NEXT_PART = regex.compile(r"(?m)^[ \t*#]*(?:Điều\s+\d+|Chương\s+[IVXLC\d]+)" + _NOT_REFERENCE)
# the same as a numbered item of an article ("Điều 1. Phạm vi điều chỉnh và đối tượng áp
# dụng" / "2. Đối tượng áp dụng" / "a) Hộ gia đình, …"), up to the next numbered item
_SCOPE_ITEM = regex.compile(r"(?m)^[ \t*]*\d+\s*\.[\s*]*(?:" + _SCOPE_TITLES + r")[\s*.:]*$", regex.I)
_NEXT_ITEM = regex.compile(
    r"(?m)^[ \t*#]*(?:\d+\s*\.(?!\d)(?![\p{L}\p{N}])|(?:Điều\s+\d+|Chương\s+[IVXLC\d]+)"
    + _NOT_REFERENCE
    + ")"
)
# any scope title in the lower-cased text: what both patterns need, found by ``re`` at a
# quarter of their cost (``re``'s \s takes all white space that ``regex``'s does, and more)
_SCOPE_TITLE_ANYWHERE = re.compile(
    "|".join(r"\s+".join(map(re.escape, title.lower().split())) for title in _DATA["scope_articles"])
)
_FORM_BLANK = regex.compile(r"[.…]{%d,}" % _DATA["form_blank_min"])
assert _DATA["form_blank_min"] >= 2, "_form_blank looks for two dots or an ellipsis first"
_ETCETERA = regex.compile(r",\s*[.…]+")  # "…, luân chuyển,....": a list left open, no blank


def _scope_spans(masked: str) -> list[tuple[int, int]]:
    """The articles of a normative document that say what it governs, whom it
    applies to and what its words mean, and such items of an article: the bodies
    named there are in its scope, not tasked (``Điều 2. Đối tượng áp dụng`` / ``Các
    chủ đầu tư dự án … được áp dụng …``; ``2. Đối tượng áp dụng`` / ``b) Ban quản lý
    rừng phòng hộ, Vườn quốc gia Mũi Cà Mau, …``)."""
    spans: list[tuple[int, int]] = []
    lowered = masked.lower()
    if len(lowered) == len(masked) and _SCOPE_TITLE_ANYWHERE.search(lowered) is None:
        return spans  # (most documents name no scope: one scan of ``re`` rules both patterns out)
    for heading in _SCOPE_ARTICLE.finditer(masked):
        following = _NEXT_PART.search(masked, heading.end())
        spans.append((heading.start(), following.start() if following else len(masked)))
    for heading in _SCOPE_ITEM.finditer(masked):
        following = _NEXT_ITEM.search(masked, heading.end())
        spans.append((heading.start(), following.start() if following else len(masked)))
    return spans


def _form_blank(sentence: str) -> bool:
    """Does the sentence hold a blank to fill (``lãnh đạo…….…….``)?  Then it belongs
    to a form template appended to the document, whose requests are the form
    filler's, not the document's."""
    if "…" not in sentence and ".." not in sentence:
        return False  # (a blank is a run of dots or ellipses: most sentences hold neither)
    return any(
        not _ETCETERA.match(sentence, max(0, m.start() - 2))
        and not sentence[: m.start()].rstrip().endswith(",")
        for m in _FORM_BLANK.finditer(sentence)
    )


_BLANK_LINE = regex.compile(
    r"[ \t*]*\n[ \t]*\n?[ \t]*[.…_]{%d,}[ \t.…_]*$" % _DATA["form_blank_min"], regex.M
)


def _blank_value(masked: str, label_end: int) -> bool:
    """Is the label ending at ``label_end`` (``- Trưởng Ban kiểm phiếu:``) a form's field,
    its value a blank to fill on the next line?"""
    return _BLANK_LINE.match(masked, label_end) is not None


_ELIDED_VERB = regex.compile(
    r"(?:(?:đề\s+nghị|yêu\s+cầu|cần|thì)\s+)?(?:kịp\s+thời\s+)?(?:tổng\s+hợp,?\s+)?(?:phản\s+ánh|báo\s+cáo)"
    # ("… kịp thời tổng hợp, báo cáo Hội đồng nhân dân Thành phố …": the body right after)
    r"(?:\s+kịp\s+thời)?\s+(?:(?:về|với)\s+|(?=\p{Lu}))"
)
_ELIDED_REACH = 2  # blocks back to the finding whose bodies an elided subject stands for


def _elided_report(doc: _Doc, pos: int, end: int) -> Optional[int]:
    """Where the task starts in a sentence that opens with an introductory phrase
    and goes on, without a subject, to report problems to a body (``Trong quá
    trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời phản ánh về Sở X để tổng
    hợp …``), or None.  The phrase may name no body (it would be the subject)."""
    masked = doc.masked
    if _INTRO.match(masked, pos, end) is None:
        return None
    for verb in _ELIDED_VERB.finditer(masked, pos, min(end, pos + _WORD_REACH * 40)):
        before = masked[pos : verb.start()].rstrip()
        if not before.endswith(",") and not masked.startswith("thì", verb.start()):
            continue
        if any(
            doc.has_body(word.start())
            for word in doc.tokens.matches(pos, verb.start())
            if word.group() in BODY_STARTS
        ):
            return None
        return verb.start()
    return None


def find_assignments(text: str, context: DocumentContext = EMPTY_CONTEXT) -> list[AssignmentFact]:
    if not text.strip():
        return []
    masked = readable(text)  # (names and tasks are still taken from the text)
    blocks = _blocks(text, masked, _zones(masked))
    doc = _Doc(text, context, masked, _regions(masked, blocks))
    found: list[_Found] = []
    umbrellas: list[_Found] = []
    sections: list[int] = []  # where a directive heading (``III. Tổ chức thực hiện``) opens a part
    directive = appended = False
    members = False  # the blocks are the items of a composition (_COMPOSITION)
    # "Ủy ban nhân dân tỉnh ban hành Quyết định …": the enacting formula of a
    # normative document (often inside the preamble's block); its articles follow.
    enacting = _enacting_formula(masked)
    enacted_from = enacting.end() if enacting else len(masked)
    for index, block in enumerate(blocks):
        if block.start >= enacted_from and not appended:
            directive = True
        if block.fresh:
            # An appended plan has its own directive part, opened by its heading
            # (``IV. TỔ CHỨC THỰC HIỆN``); an appendix's notes and lists end with
            # colons too (``Cụ thể:``), so a cue sentence does not open it there.
            directive = False
            appended = True
            # a procedure printed with the document (PHỤ LỤC I / TRÌNH TỰ, THỦ TỤC …):
            # its steps task their actors from its first line
            directive = bool(_PROCEDURE_TITLE.search(masked, max(0, block.start - _TITLE_REACH), block.start))
        if not directive and _ARTICLE_HEADING.match(masked, block.start, block.end):
            # a regulation issued with the decision (Quy chế, Quy định), or issued as the
            # document itself with no enacting formula (a Party Quy định, a consolidated
            # text): its articles are its own directive text, as a decision's are after
            # its enacting formula
            directive = True
        # (a trailing space after the colon is no part of the line: "… có tên sau: ")
        colon_ended = masked[block.start : block.end].rstrip(" \t*").endswith(":")
        if members:
            if (
                (
                    _words(masked, block) <= _MEMBER_WORDS
                    or _PERSON_MEMBER.match(masked, block.start, block.end)
                )
                and not _ARTICLE_HEADING.match(masked, block.start, block.end)
                and (not colon_ended or _MEMBER_LABEL.fullmatch(masked, block.start, block.end))
            ):
                continue  # ("- Phòng Hành chính - Tổng hợp;": a member of the body composed above)
            members = False
        if colon_ended and (
            _COMPOSITION.search(masked, block.start, block.end)
            and _words(masked, block) <= _COMPOSITION_WORDS
            or _MEMBERS_LEAD.search(masked, block.start, block.end)
        ):
            # "Các phòng chuyên môn, nghiệp vụ gồm:": what a body is made of, item by item
            # (names, not tasks: "Nhiệm vụ gồm:" over "a) Sở Y tế chủ trì, phối hợp …" is no composition)
            members = True
            continue
        if colon_ended and _blank_value(masked, block.end):
            continue  # ("- Trưởng Ban kiểm phiếu:" / "……………": a form's field, a blank to fill)
        heading = _heading(doc, blocks, index, directive)
        if heading or block.section:
            found.extend(heading)
            continue
        last_in_block: Optional[_Found] = None
        # outside the directive part (a news report), a paragraph that tasks a body by a
        # request verb ("Chủ tịch UBND tỉnh giao Sở Xây dựng …") or by a duty ("Chủ tịch
        # UBND các xã, phường phải trực tiếp chỉ đạo …") reads on as directive text
        # ("… . Kịp thời cắm biển cảnh báo …", "… . Công an tỉnh phối hợp với địa phương …")
        tasked_here = False
        label = None  # the bodies of a "Body:" sentence over a list written inline (_INLINE_ITEM)
        label_style = None  # how that list's items are numbered ("1", "i"), from its first item
        for s_start, s_end in block.sentences:
            sentence = masked[s_start:s_end]
            stripped = sentence.strip(" *#")
            if _form_blank(sentence):
                continue
            address = _ADDRESS.match(sentence)
            if address is not None:
                # "Kính gửi: Các đồng chí Bộ trưởng, …" / "Thực hiện …": the letter's text
                # may run on below the addressee line, in the same paragraph
                s_start = _after_address(doc, s_start + address.end(), s_end)
                if s_start is None:
                    continue
                sentence = masked[s_start:s_end]
                stripped = sentence.strip(" *#")
            opens = stripped.endswith(":") and bool(_DIRECTIVE_CUE.search(sentence))
            after = _after_marker(masked, s_start, s_end)
            if (
                _DIRECTIVE_HEADING.match(stripped)
                or after > s_start
                and _DIRECTIVE_HEADING.match(masked[after:s_end].strip(" *#"))
            ):
                directive = True
                sections.append(s_start)
                continue
            before = len(found)
            execution = _execution(doc, s_start, s_end, index)
            if execution is not None:
                found.append(execution)
                continue
            opens = opens and not appended
            if opens and len(stripped.split()) > 25 and not _names_a_role(doc, after, s_end, after > s_start):
                directive = True  # an umbrella request introducing the list of tasks
                umbrella = len(found)
                _verb_before(doc, s_start, s_end, found, index)
                if len(found) == umbrella:
                    # "Để nâng cao …, các Sở, ngành, UBND cấp xã … theo chức năng, nhiệm vụ
                    # triển khai thực hiện những nội dung sau:": the bodies the request
                    # opens with, by a plain verb, are its bodies as a verb's object is
                    _body_first(doc, after, s_start, s_end, True, found, index, block.under_heading)
                umbrellas.extend(found[umbrella:])
                continue
            if _labelled(doc, blocks, index, after, s_start, s_end, found):
                continue
            umbrella = len(found)
            _verb_before(doc, s_start, s_end, found, index, within=block.under_heading)
            requested = not directive and len(found) > umbrella
            if opens:
                umbrellas.extend(found[umbrella:])
            _body_first(
                doc,
                after,
                s_start,
                s_end,
                directive or block.steps or tasked_here,
                found,
                index,
                block.under_heading,
                appended,
            )
            if len(found) == before:
                _topic_request(doc, after, s_end, found, index)
            style = _inline_item_style(masked, s_start)
            if style is None:
                label, label_style = _body_label(doc, after, s_end) if directive else None, None
            elif label is not None:
                label_style = label_style or style
                if style == label_style and len(found) == before:
                    # "a) Bộ Khoa học và Công nghệ: (1) trình …; (2) chủ trì …": each item
                    # is a task of the label's bodies (not the items of a nested list,
                    # numbered otherwise: "… 05 chức năng chính: (i) Lưu trữ …")
                    found.extend(_per_body(doc, label, after, s_end, "execute", after, s_end, index))
            if len(found) == before and directive and found and found[-1].block >= index - _ELIDED_REACH:
                elided = _elided_report(doc, after, s_end)
                if elided is not None:
                    # "Trong quá trình thực hiện, nếu có vướng mắc, kịp thời phản ánh về Sở X
                    # …./.": no subject — those just tasked (an execution clause's bodies) report
                    found.append(_Found(after, s_end, found[-1].body, "execute", elided, s_end, block=index))
            if len(found) == before and masked.find("(", after, s_end) >= 0:
                found.extend(_bracketed_lead(doc, after, s_end, index))
            _relayed(doc, s_start, s_end, found, index)
            if len(found) == before and directive and masked.find(" do ", after, s_end) >= 0:
                _agent(doc, after, s_end, found, index)
            if len(found) == before and (directive or tasked_here) and last_in_block is not None:
                continued = _continuation(doc, block, after, s_end, last_in_block.body, index)
                if continued is not None:
                    found.append(continued)
            tasked_here = tasked_here or requested or not directive and len(found) > before
            if block.heading_bodies:
                found[before:] = [f for f in found[before:] if f.body.casefold() not in block.heading_bodies]
            if len(found) > before:
                last_in_block = found[-1]
            if opens:
                directive = True
    found = _retasked_umbrellas_dropped(
        found, umbrellas, sections + _sibling_starts(masked, blocks, umbrellas), blocks, masked
    )
    found = [f for f in _dedupe(found) if not _lists_members(masked, f) and not _liability_only(masked, f)]
    if doc.addressee or doc.addressees:
        found = [_addressee_meant(doc, f) for f in found]
    scope = _scope_spans(masked)
    if enacting is not None:
        # ("Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định ủy quyền cho Giám đốc Sở …":
        # the formula enacts the document; the tasks are in its articles)
        scope.append(enacting.span())
    if scope:
        found = [f for f in found if not any(start <= f.start < end for start, end in scope)]
    found.extend(_table_rows(doc))
    # (two bodies tasked in one clause, "A; B có trách nhiệm …", are a fact each, and
    # each fact's text is the clause as written: the pipeline keys facts by their
    # index, not their span)
    return [_fact(doc, f) for f in found]


_BODY_PIECE_SPLIT = regex.compile(r"[,;]|\s+và\s+")
_PIECE_WORDS = 2  # a piece of a list shorter than this (``ban``, ``ngành``) names no body


def _body_pieces(name: str) -> set[str]:
    """The bodies of a list as comparable pieces: ``các cơ quan, ban, ngành, UBND
    các xã, thị trấn`` → {``cơ quan``, ``ubnd các xã``}.  A piece that does not open
    with a capital or ``các`` continues the one before it (``ban``, ``thành phố``
    of ``các tỉnh, thành phố``) and names no body alone."""
    pieces = set()
    for piece in _BODY_PIECE_SPLIT.split(canonical_body(name)):
        words = piece.split()
        if not words or not (words[0][:1].isupper() or words[0].casefold() == "các"):
            continue
        words = [w.casefold() for w in words]
        if words[0] == "các":
            words = words[1:]
        if len(words) >= _PIECE_WORDS:
            pieces.add(" ".join(words))
    return pieces


def _sibling_starts(masked: str, blocks: list[_Block], umbrellas: list[_Found]) -> list[int]:
    """Where the items of a numbered umbrella end: at the next item of its own
    outline level or a higher one (``1. UBND tỉnh phân cấp … cho Sở Tư pháp … các
    trường hợp sau:`` / ``a) …`` / ``2. UBND tỉnh phân cấp … cho Sở Tư pháp …``):
    a sibling tasking the same body is no item below it.  The items of any umbrella
    end with the list: a plain paragraph after its last marked item is the letter's
    closing (``1.1. …`` / ``2.2. …`` / ``Trên đây là một số nội dung trọng tâm …,
    Ban Chỉ đạo đề nghị các đồng chí Bộ trưởng …``)."""
    out = []
    for umbrella in umbrellas:
        if umbrella.block < 0:
            continue
        marked = [k for k in range(umbrella.block + 1, len(blocks)) if blocks[k].numbered or blocks[k].bullet]
        if marked:
            closing = next(
                (b for b in blocks[marked[-1] + 1 :] if not (b.bold or b.under_heading or b.fresh)), None
            )
            if closing is not None:
                out.append(closing.start)
        level = _marker_level(masked, blocks[umbrella.block].start, blocks[umbrella.block].end)
        if level is None:
            # an unnumbered umbrella under a section heading (``**II. NHIỆM VỤ**`` / ``Đề nghị
            # UBND tỉnh … các nhiệm vụ sau:`` / ``1. …``): its items end with its section,
            # at the next heading of that section's level (``**III. VỀ KIẾN NGHỊ**``)
            level = _section_level(masked, blocks, umbrella.block, marked)
            if level is None:
                continue
        for nxt in blocks[umbrella.block + 1 :]:
            other = _marker_level(masked, nxt.start, nxt.end)
            if other is not None and other <= level:
                out.append(nxt.start)
                break
    return out


def _section_level(masked: str, blocks: list[_Block], index: int, marked: list[int]) -> Optional[int]:
    """The outline level of the section heading an unnumbered block stands in: the
    nearest numbered block above it, when it is of a higher level than the first item
    below it (then it heads both); None otherwise."""
    if not marked:
        return None
    first_item = _marker_level(masked, blocks[marked[0]].start, blocks[marked[0]].end)
    for k in range(index - 1, -1, -1):
        level = _marker_level(masked, blocks[k].start, blocks[k].end)
        if level is not None:
            return level if first_item is not None and level < first_item else None
    return None


def _closing(masked: str, f: _Found, blocks: Sequence[_Block]) -> bool:
    """Is a finding the closing demand of the document (a plain paragraph, no list
    item, that tasks its bodies with the document itself: ``… có trách nhiệm tổ chức
    triển khai thực hiện nghiêm túc Chỉ thị này.``)?"""
    if not 0 <= f.block < len(blocks):
        return False
    block = blocks[f.block]
    if block.numbered or block.bullet or block.bold or block.under_heading:
        return False
    return _THIS_DOCUMENT.search(masked, f.task_from, f.end) is not None


_THIS_DOCUMENT = regex.compile(
    r"(?<![\p{L}])(?:Chỉ\s+thị|Quyết\s+định|Kế\s+hoạch|Nghị\s+quyết|Công\s+văn|Công\s+điện|Thông\s+báo)\s+này(?![\p{L}])"
)


_ITEM_LEAD_CHARS = 12  # what may stand between an item's marker and its body (``**``, ``Đề nghị``, ``Giao``)


def _divided_among_items(
    masked: str,
    blocks: Sequence[_Block],
    umbrella: _Found,
    scope_end: Optional[int],
    found: list[_Found],
    umbrella_ids: set[int],
) -> bool:
    """Is an umbrella request to a bare generic group (``Cục Hải quan yêu cầu các đơn
    vị và đề nghị các doanh nghiệp thực hiện một số nội dung sau:``) divided among the
    items below it: do at least half the items of its list's first outline level open
    with a body of their own (``1. Đối với Chi cục Hải quan các khu vực``, ``2. Chi cục
    Điều tra chống buôn lậu phối hợp …``, ``3. Đề nghị các doanh nghiệp kinh doanh
    cảng …``)?  Then those items are the assignments and the umbrella only introduces
    them.  When most items are bare tasks (``1. Rà soát …``), they are the group's
    and the umbrella is their assignment (ANNOTATION.md: the heading alone); a group
    named by its office holders (``Thủ trưởng các sở, ban, ngành``) is asked as such."""
    if _BARE_GENERIC_PLURAL.fullmatch(umbrella.body.strip()) is None:
        return False
    items = [
        b
        for b in blocks
        if (b.numbered or b.bullet) and b.start >= umbrella.end and (scope_end is None or b.start < scope_end)
    ]
    if not items:
        return False
    top = _marker_level(masked, items[0].start, items[0].end)
    items = [b for b in items if _marker_level(masked, b.start, b.end) == top]
    starts = [f.start for f in found if id(f) not in umbrella_ids and f.kind != "execution_clause"]
    named = 0
    for b in items:
        lead_end = _after_marker(masked, b.start, b.end) + _ITEM_LEAD_CHARS
        named += any(b.start <= start <= lead_end for start in starts)
    return 2 * named >= len(items)


def _retasked_umbrellas_dropped(
    found: list[_Found],
    umbrellas: list[_Found],
    sections: list[int],
    blocks: Sequence[_Block] = (),
    masked: str = "",
) -> list[_Found]:
    """An umbrella request (``Thủ tướng yêu cầu X, Y … thực hiện các nhiệm vụ sau:``) is
    the assignment of the tasks listed below it (ANNOTATION.md: the heading alone
    when the tasks are a list below it), unless the items below task one of its
    bodies again by name (``1. Chủ tịch UBND các tỉnh, thành phố từ …:``, ``UBND
    các xã, thị trấn tham mưu …``): then those items are the body's assignments and
    the umbrella only introduces them.  Its items end at the next umbrella or the
    next directive part (``III. Tổ chức thực hiện``).  The document's closing demand
    (``_closing``) is no item of the list.  An umbrella to a generic group whose
    items name bodies of their own only introduces them too (``_divided_among_items``)."""
    if not umbrellas:
        return found
    bounds = sorted([u.start for u in umbrellas] + sections)
    umbrella_ids = {id(u) for u in umbrellas}
    dropped = set()
    for umbrella in umbrellas:
        pieces = _body_pieces(umbrella.body)
        scope_end = next((b for b in bounds if b > umbrella.start), None)
        if _divided_among_items(masked, blocks, umbrella, scope_end, found, umbrella_ids):
            dropped.add(id(umbrella))
            continue
        for f in found:
            if (
                id(f) in umbrella_ids
                or f.start < umbrella.end
                or (scope_end is not None and f.start >= scope_end)
            ):
                continue
            if f.kind == "execution_clause" or _closing(masked, f, blocks):
                continue  # (the decision's execution clause names every body again, tasking none anew)
            if pieces & _body_pieces(f.body):
                dropped.add(id(umbrella))
                break
    return [f for f in found if id(f) not in dropped]


# a label's colon, whoever holds the office written after it on its line or the next
_LABEL_COLON = r"[ \t*]*:[ \t*]*(?:\n[ \t]*[-+•*]?[ \t]*)?"
_MEMBER_AFTER_LABEL = regex.compile(_LABEL_COLON + r"(?:Ông|Bà|Đồng chí|đồng chí)\s+\p{Lu}")
_MEMBER_TITLE_AFTER_LABEL = regex.compile(
    _LABEL_COLON + r"(?:" + _alt(_DATA["member_titles"]) + r")(?![\p{L}])"
)


def _lists_members(masked: str, f: _Found) -> bool:
    """Is ``f`` a title or body labelling the people who hold it (``2. Phó Trưởng ban
    thường trực: Ông Nguyễn Hữu Thành, …``; ``4. Các Ủy viên:`` over ``- Ông …``), or
    an office of a board labelling the offices that hold it (``4. Các uỷ viên: Giám
    đốc Sở Tài chính; Giám đốc Sở Tư pháp; …``): a decision's list of members, no task?"""
    colon = masked.find(":", f.start, f.end + 3)
    if colon < 0:
        return False
    if _MEMBER_AFTER_LABEL.match(masked, colon) is not None:
        return True
    office = _STANDING_TAIL.sub("", f.body).casefold()
    return office in _BOARD_OFFICES and _MEMBER_TITLE_AFTER_LABEL.match(masked, colon) is not None


# "… thì người đứng đầu phải chịu trách nhiệm.", "… chịu trách nhiệm trước Chủ tịch UBND
# tỉnh nếu để xảy ra cháy lớn …": answerable for a failure, no task
_LIABILITY = regex.compile(
    r"[ \t\n*]*(?:phải\s+)?chịu\s+trách\s+nhiệm(?:[ \t*]*(?:[.;]|$)"
    r"|(?:\s+trước\s+[^.;:]{1,120}?)?\s+(?:nếu|khi)\s+để(?![\p{L}])"
    # ("Cơ quan chủ trì chịu trách nhiệm chính về kết quả …": what it answers for first)
    r"|\s+chính\s+về[^.;:]{1,120}(?:[.;]|$))"
)


def _liability_only(masked: str, f: _Found) -> bool:
    """Is ``f``'s task only that its body answers for a failure?"""
    return (
        f.kind == "clause"
        and f.task_to > f.task_from
        and _LIABILITY.match(masked, f.task_from, f.task_to) is not None
    )


def _dedupe(found: list[_Found]) -> list[_Found]:
    """One fact per (clause, body): a clause matched by two rules counts once; a
    sentence holding two tasked clauses is cut before the second one."""
    seen = set()
    last_tasked: dict[tuple[int, int], str] = {}  # a sentence -> the body its last clause kept tasks
    out = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        # (a finding with the same body and task start as one kept is a repeat;
        # looked up by that key, not by comparing with every finding kept)
        key = (f.body.casefold(), f.task_from)
        # "Giao Bộ Công an chủ trì …; Bộ Công an chịu trách nhiệm …, bảo đảm …": a body
        # tasked again in the next clause of its sentence has one task, said twice
        # (its clauses all end at the sentence's end); not after another body's clause
        # ("Bộ Công an … ban hành hướng dẫn …; Các bộ, ngành … gửi kết quả về Bộ Công
        # an …; Bộ Công an tổng hợp, thẩm định …": a next step)
        sentence = (f.block, f.end) if f.kind == "clause" and f.block >= 0 else None
        if key in seen or sentence is not None and last_tasked.get(sentence) == f.body.casefold():
            continue
        seen.add(key)
        if sentence is not None:
            last_tasked[sentence] = f.body.casefold()
        out.append(f)
    for a, b in zip(out, out[1:]):
        if a.kind == "clause" and b.kind == "clause" and a.start < b.start < a.end and a.task_from <= b.start:
            a.end = min(a.end, b.start)
            a.task_to = min(a.task_to, b.start)
    return out


# the province or city a central body's document is about, named by its level alone
# with a capital ("Tỉnh chủ động …", "Ủy ban nhân dân Thành phố", "Thường trực Tỉnh ủy")
_BARE_PLACE_LEVEL = regex.compile(r"(?:(?<=^)|(?<=\s))(Tỉnh|Thành phố)(?:\s+(ủy|uỷ))?$")
_PLACE_LEVELS = r"[Tt]ỉnh|[Tt]hành\s+phố"
# (the place a clause opens with fills the level in lower case too)
_BARE_LEVEL_ANY_CASE = regex.compile(_BARE_PLACE_LEVEL.pattern, regex.I)
_CENTRAL_ISSUERS = ("Văn phòng Chính phủ", "Thủ tướng", "Chính phủ", "Bộ ")


def _subject_place(doc: _Doc) -> Optional[tuple[str, str]]:
    """``(level, name)`` of the one province or city a central body's document is
    about (``("tỉnh", "Gia Lai")``: two thirds of the places it names, twice at
    least); None otherwise, and for a document of any other body (a province's own
    documents call it "Tỉnh": kept as written)."""
    if doc.place == ():
        central = bool(doc.issuer) and doc.issuer.startswith(_CENTRAL_ISSUERS)
        doc.place = dominant_place(doc.masked, _PLACE_LEVELS, minimum=2) if central else None
    return doc.place or None


def _subject_place_named(doc: _Doc, pos: int, end: int):
    """The province or city a central body's notice is about, named by its name
    alone before a modal (``Thanh Hóa cần tiếp tục …``), as ``_subject_at`` gives
    subjects (the name recorded as the place with its level); None otherwise."""
    place = _subject_place(doc) if doc.masked[pos : pos + 1].isupper() else None
    if place is None:
        return None
    written = regex.compile(r"\s+".join(regex.escape(word) for word in place[1].split())).match(
        doc.masked, pos, end
    )
    if written is None or not _PLACE_MODAL.match(doc.masked, written.end(), end):
        return None
    stop = written.end()
    doc.named_again[(pos, stop)] = " ".join(place)
    return [[(pos, stop)]], stop


# A place a clause is about before its subject ("Riêng đối với Thành phố Hồ Chí Minh,",
# "Đối với tỉnh Lâm Đồng,"): its level and its name in capitals, then a comma.
_TOPIC_PLACE = _Opener(
    regex.compile(
        r"(?:Riêng\s+(?:đối\s+với\s+)?|Đối\s+với\s+)"
        r"(?P<level>[Tt]ỉnh|[Tt]hành\s+phố)(?P<name>(?:[ \t]+\p{Lu}[\p{L}-]*){1,4})[ \t]*,"
    ),
    ("Riêng", "Đối"),
)


def _placed(doc: _Doc, body: str, clause_place: Optional[tuple[str, str]] = None) -> str:
    """``Tỉnh`` -> ``tỉnh Gia Lai`` in a document of a central body about one
    province: the province it names by its level alone (its own bodies' names
    keep their words: ``Thường trực Tỉnh ủy`` -> ``Thường trực Tỉnh ủy Gia Lai``);
    or the place its clause opens with (``clause_place``, from ``_TOPIC_PLACE``)."""
    # (the clause's own place fills a level in lower case too: "Đối với tỉnh Lâm Đồng,
    # Chủ tịch Ủy ban nhân dân tỉnh …")
    bare = (_BARE_LEVEL_ANY_CASE if clause_place else _BARE_PLACE_LEVEL).search(body)
    place = (clause_place or _subject_place(doc)) if bare is not None else None
    if place is None or place[0] != " ".join(bare.group(1).lower().split()):
        return body
    if bare.group(2):
        return f"{body} {place[1]}"
    return f"{body[: bare.start()]}{' '.join(place)}"


_BOARD = regex.compile(r"(?<![\p{L}])(?:" + _alt(_DATA["boards"]) + r")(?![\p{L}])")
_BOARD_KIND = {title: kind for kind, titles in _DATA["board_officers"].items() for title in titles}
_BOARD_OFFICES = frozenset(title.casefold() for title in _BOARD_KIND)  # ("Các Ủy viên" as "Các ủy viên")
_STANDING_OFFICER = regex.compile(r"[ \t]+[Tt]hường[ \t]+trực(?![\p{L}])")
_STANDING_TAIL = regex.compile(r"[ \t]+[Tt]hường[ \t]+trực$")
_OTHER_OFFICERS = regex.compile(r"[ \t]+khác$")


def _nearest_board(text: str, kind: str, before: int, start: int, end: int) -> Optional[str]:
    """The board of ``kind`` written last before ``before``, else first between
    ``start`` and ``end``; its words single-spaced."""
    board = None
    for mention in _BOARD.finditer(text, 0, before):
        if mention.group().startswith(kind):
            board = mention.group()
    if board is None:
        board = next(
            (m.group() for m in _BOARD.finditer(text, start, end) if m.group().startswith(kind)), None
        )
    return None if board is None else " ".join(board.split())


def _main_board(text: str, kind: str, end: int) -> Optional[str]:
    """The board of ``kind`` written most often before ``end`` (the latest of the most
    written): the board whose members a text lists, though a member's task may name
    another (``… thành lập Hội đồng bồi thường …`` among the tasks of a Ban Chỉ đạo)."""
    counts: dict[str, int] = {}
    for mention in _BOARD.finditer(text, 0, end):
        if mention.group().startswith(kind):
            name = " ".join(mention.group().split())
            counts[name] = counts.pop(name, 0) + 1  # (re-inserted: the latest last among equals)
    return max(reversed(counts), key=counts.__getitem__) if counts else None


def _of_board(doc: _Doc, body: str, start: int, end: int) -> str:
    """``Trưởng ban`` -> ``Trưởng Ban Chỉ đạo``, ``Tổ phó thường trực`` -> ``Tổ phó
    thường trực Tổ công tác``, ``Các thành viên`` -> ``Các thành viên Ban Chỉ đạo``:
    an office of a board named by its title alone, in a clause from ``start`` to
    ``end``, is the office of the nearest board written before the clause (or in
    it), of a kind the title heads (``board_officers``); its standing rank kept.  The
    board's other members (``Các ủy viên khác``) are those of the board the text names
    most (``_main_board``): ``Các ủy viên khác của Ban Chỉ đạo``."""
    # (its standing rank in the name already: "Điều 7. Trách nhiệm của Ủy viên thường trực")
    # ("Các ủy viên khác": the board's other members, "Các ủy viên khác của Ban Chỉ đạo")
    others = _OTHER_OFFICERS.search(body)
    title = body[: others.start()] if others is not None else _STANDING_TAIL.sub("", body)
    kind = _BOARD_KIND.get(title)
    if kind is None:
        return body
    if others is not None:
        board = _main_board(doc.text, kind, end)
        return body if board is None else f"{body} của {board}"
    text = doc.text
    written = regex.compile(regex.escape(body).replace(r"\ ", r"\s+")).search(text, start, end)
    if written is None:
        return body
    title_end = written.end()
    standing = _STANDING_OFFICER.match(text, title_end) if title == body else None
    if standing is not None:
        title_end = standing.end()
    if title != body or standing is not None:
        body = title + " thường trực"
    board = _nearest_board(text, kind, start, title_end, end)
    if board is None:
        return body
    if kind and body.endswith(kind.lower()):
        # ("Trưởng ban" of "Ban Chỉ đạo": "Trưởng Ban Chỉ đạo", the word written once)
        return body[: -len(kind)] + board
    return f"{body} {board}"


def _fact(doc: _Doc, f: _Found) -> AssignmentFact:
    text = doc.text
    start, end = _trim(text, f.start, f.end)
    end = max(end, start)
    while end > start and text[end - 1] in ";,":
        end -= 1
    task_text = f.task_text
    if task_text is None:
        # (from the first character the grammar reads: not a footnote's mark, "Bộ Nội vụ[6]")
        task_from = _skip_space(doc.masked, f.task_from, f.task_to)
        task_text = text[task_from : f.task_to] if f.task_to > task_from else text[start:end]
    if f.kind == "table_row":
        deadline = f.cell_deadline
    else:
        d_from = f.deadline_from if f.deadline_from is not None else f.task_from
        d_to = f.deadline_to if f.deadline_to is not None else max(f.task_to, end)
        deadline = _deadline(doc, d_from, d_to, f.latest_deadline)
    topic_place = _TOPIC_PLACE.match(doc.masked, f.start, f.end)
    clause_place = (
        (" ".join(topic_place.group("level").lower().split()), " ".join(topic_place.group("name").split()))
        if topic_place is not None
        else None
    )
    body = (
        "; ".join(
            _of_board(doc, _placed(doc, part, clause_place), f.start, f.end) for part in f.body.split("; ")
        )
        if f.body
        else f.body
    )
    return AssignmentFact(
        text=text[start:end],
        start=start,
        end=end,
        body=body,
        canonical_body="; ".join(canonical_body(part, doc.locality) for part in body.split("; "))
        if body
        else None,
        task=_whole_task(task_text),
        deadline=deadline,
        role=f.role,
        partners=f.partners,
        assignment_kind=f.kind,
    )
