from mk import *

mk("my-2024-anwar-sharif-fidan-riyadh",
 "search corpus pages (Malay Mail, Bernama copy); closing '— Bernama' credit removed",
 "https://www.malaymail.com/news/malaysia/2024/04/29/pm-anwar-meets-pakistani-counterpart-turkiye-foreign-minister/131557",
 "PM Anwar meets Pakistani counterpart, Turkiye foreign minister", "2024-04-29",
"""RIYADH, April 29 — Prime Minister Datuk Seri Anwar Ibrahim held a bilateral meeting with his Pakistani counterpart Muhammad Shehbaz Sharif on the sidelines of the World Economic Forum (WEF) Special Meeting here today.

In the meeting which lasted almost 30 minutes, the two leaders expressed their commitment to continue strengthening Putrajaya-Islamabad ties and boosting bilateral trade to another level.

The discussion also focused on efforts to explore investment opportunities and new cooperation in the fields of trade, education, defence, tourism and human resources.

Earlier, Anwar received a courtesy call from Turkiye’s Foreign Minister Hakan Fidan.

In the 30-minute meeting, they exchanged views on current geopolitical issues in West Asia and Israeli atrocities in Gaza.

The two leaders also touched on bilateral cooperation between Malaysia and Turkiye, especially on investment, trade, defence and education.

Anwar is here to attend the two-day WEF Special Meeting themed “Global Collaboration, Growth and Energy for Development”, which attracted more than 1,000 leaders, including heads of government and state as well as captains of industry.""",
 ["MY", "PK", "TR", "IL"],
 [("Anwar Ibrahim", ["Datuk Seri Anwar Ibrahim", "Anwar"], P, "MY", "Prime Minister"),
  ("Muhammad Shehbaz Sharif", [], P, "PK", "Prime Minister"),
  ("Hakan Fidan", [], P, "TR", "Foreign Minister"),
  ("World Economic Forum", ["WEF"], O, None, None)],
 [(["Anwar Ibrahim", "Muhammad Shehbaz Sharif"], IP, H, "2024-04-29", "Riyadh",
   ["Malaysia-Pakistan relations", "Bilateral trade", "Investment", "Sectoral cooperation"],
   "RIYADH, April 29 — Prime Minister Datuk Seri Anwar Ibrahim held a bilateral meeting with his Pakistani counterpart Muhammad Shehbaz Sharif on the sidelines of the World Economic Forum (WEF) Special Meeting here today."),
  (["World Economic Forum", "Anwar Ibrahim", "Muhammad Shehbaz Sharif"], ML, H, "2024-04-29", "Riyadh", [],
   "RIYADH, April 29 — Prime Minister Datuk Seri Anwar Ibrahim held a bilateral meeting with his Pakistani counterpart Muhammad Shehbaz Sharif on the sidelines of the World Economic Forum (WEF) Special Meeting here today."),
  (["Anwar Ibrahim", "Hakan Fidan"], IP, H, "2024-04-29", "Riyadh",
   ["West Asia", "Gaza conflict", "Malaysia-Turkiye cooperation"],
   "Earlier, Anwar received a courtesy call from Turkiye’s Foreign Minister Hakan Fidan.")],
 [("Malaysia-Pakistan relations", ["Putrajaya-Islamabad ties"]),
  ("Bilateral trade", ["boosting bilateral trade to another level"]),
  ("Investment", ["explore investment opportunities"]),
  ("Sectoral cooperation", ["new cooperation in the fields of trade, education, defence, tourism and human resources"]),
  ("West Asia", ["current geopolitical issues in West Asia"]),
  ("Gaza conflict", ["Israeli atrocities in Gaza"]),
  ("Malaysia-Turkiye cooperation", ["bilateral cooperation between Malaysia and Turkiye", "investment, trade, defence and education"])],
 "closing agency credit")

mk("my-2022-anwar-brunei-sultan",
 "search corpus pages (The Sun Daily, Malaysia, Bernama copy); closing '- Bernama' credit removed",
 "https://www.thesundaily.my/local/anwar-sultan-of-brunei-hold-meeting-to-boost-bilateral-ties-ML10284495",
 "Anwar, Sultan of Brunei hold meeting to boost bilateral ties", "2022-11-28",
"""PUTRAJAYA: Sultan of Brunei Sultan Hassanal Bolkiah held a bilateral meeting with Prime Minister Datuk Seri Anwar Ibrahim today in conjunction with His Majesty’s special visit to Malaysia to strengthen bilateral ties.

After the Sultan’s aircraft touched down at the Royal Malaysian Air Force (RMAF) base in Subang, about 41 kilometres from here, His Majesty himself drove a car carrying his son Pengiran Muda ‘Abdul Mateen Bolkiah and Anwar to Kompleks Seri Perdana at 12.25 pm for the meeting.

The meeting was to review the progress of cooperation between Malaysia and Brunei Darussalam as well as to explore the potential for enhancing bilateral relationship and cooperation for their mutual benefit.

Pengiran Muda ‘Abdul Mateen and Malaysian Chief Secretary to the Government Tan Sri Mohd Zuki Ali were present at the meeting.

Sultan Hassanal is the first foreign leader to meet Anwar after his appointment as the 10th Prime Minister of Malaysia on Nov 24.

Brunei mufti Ustaz Awang Abdul Aziz Juned led the prayers before the meeting started.

Anwar and Sultan Hassanal spent almost an hour at the meeting.

The two leaders also exchanged souvenirs at the end of the meeting, which was followed by a luncheon.""",
 ["BN", "MY"],
 [("Hassanal Bolkiah", ["Sultan Hassanal Bolkiah", "Sultan Hassanal"], P, "BN", "Sultan of Brunei"),
  ("Anwar Ibrahim", ["Datuk Seri Anwar Ibrahim", "Anwar"], P, "MY", "Prime Minister"),
  ("Abdul Mateen Bolkiah", ["Pengiran Muda ‘Abdul Mateen Bolkiah", "Pengiran Muda ‘Abdul Mateen"], P, "BN", None),
  ("Mohd Zuki Ali", ["Tan Sri Mohd Zuki Ali"], P, "MY", "Chief Secretary to the Government"),
  ("Awang Abdul Aziz Juned", ["Ustaz Awang Abdul Aziz Juned"], P, "BN", "mufti")],
 [(["Hassanal Bolkiah", "Anwar Ibrahim"], IP, H, "2022-11-28", "Kompleks Seri Perdana",
   ["Malaysia-Brunei cooperation"],
   "PUTRAJAYA: Sultan of Brunei Sultan Hassanal Bolkiah held a bilateral meeting with Prime Minister Datuk Seri Anwar Ibrahim today in conjunction with His Majesty’s special visit to Malaysia to strengthen bilateral ties.")],
 [("Malaysia-Brunei cooperation", ["strengthen bilateral ties", "progress of cooperation between Malaysia and Brunei Darussalam", "enhancing bilateral relationship and cooperation"])],
 "closing agency credit")

mk("my-2023-marcos-anwar-putrajaya",
 "search corpus pages (Malay Mail, Bernama copy); closing '— Bernama' credit removed",
 "https://www.malaymail.com/news/malaysia/2023/07/26/philippines-marcos-jr-meets-pm-anwar-to-discuss-ways-to-revitalise-bilateral-ties/81846",
 "Philippines’ Marcos Jr meets PM Anwar to discuss ways to revitalise bilateral ties", "2023-07-26",
"""PUTRAJAYA, July 26 — Philippine President Ferdinand Marcos Jr held bilateral talks with Malaysia’s Prime Minister Datuk Seri Anwar Ibrahim in Putrajaya today in conjunction with his three-day state visit to Malaysia to discuss steps to revitalise bilateral ties.

Marcos was received by Anwar upon his arrival at Perdana Putra, which houses the Prime Minister’s Office, at about 3.23pm and signed the guest book before proceeding to level five of the building for the meeting with Anwar.

Both leaders, during Marcos’ inaugural trip to Malaysia, are expected to exchange views on bilateral, regional and international issues of mutual interest.

The meeting will also identify new areas of economic cooperation between the two countries, with among focus areas being agriculture, food security, digital economy, tourism as well as people-to-people exchanges.

Among those present were International Trade and Industry Minister Datuk Seri Tengku Zafrul Tengku Abdul Aziz, Foreign Minister Datuk Seri Zambry Abdul Kadir, National Unity Minister Datuk Aaron Ago Dagang and Dewan Rakyat Speaker Tan Sri Johari Abdul.""",
 ["PH", "MY"],
 [("Ferdinand Marcos Jr", ["Marcos"], P, "PH", "President"),
  ("Anwar Ibrahim", ["Datuk Seri Anwar Ibrahim", "Anwar"], P, "MY", "Prime Minister"),
  ("Tengku Zafrul Tengku Abdul Aziz", ["Datuk Seri Tengku Zafrul Tengku Abdul Aziz"], P, "MY", "International Trade and Industry Minister"),
  ("Zambry Abdul Kadir", ["Datuk Seri Zambry Abdul Kadir"], P, "MY", "Foreign Minister"),
  ("Aaron Ago Dagang", ["Datuk Aaron Ago Dagang"], P, "MY", "National Unity Minister"),
  ("Johari Abdul", ["Tan Sri Johari Abdul"], P, "MY", "Dewan Rakyat Speaker")],
 [(["Ferdinand Marcos Jr", "Anwar Ibrahim"], IP, H, "2023-07-26", "Perdana Putra",
   ["Philippines-Malaysia relations", "Economic cooperation"],
   "PUTRAJAYA, July 26 — Philippine President Ferdinand Marcos Jr held bilateral talks with Malaysia’s Prime Minister Datuk Seri Anwar Ibrahim in Putrajaya today in conjunction with his three-day state visit to Malaysia to discuss steps to revitalise bilateral ties.")],
 [("Philippines-Malaysia relations", ["revitalise bilateral ties", "bilateral, regional and international issues of mutual interest"]),
  ("Economic cooperation", ["new areas of economic cooperation", "agriculture, food security, digital economy, tourism as well as people-to-people exchanges"])],
 "closing agency credit")

MARCOS = ("Ferdinand Marcos Jr.", ["Ferdinand \"Bongbong\" Marcos Jr.", "Marcos", "President Marcos"], P, "PH", "President")
EV_LIST = "Here is a look back at Marcos' meetings with Canadian Prime Minister Justin Trudeau, Cambodian Prime Minister Hun Manet, Vietnamese Prime Minister Pham Minh Chinh, Cook Islands Prime Minister Mark Brown, and South Korean President Yoon Suk Yeol."
mk("ph-2023-marcos-jakarta-bilaterals",
 "search corpus pages (Manila Bulletin); 'ADVERTISEMENT', headline, 'Published' line, 'At A Glance' label (its bullet points kept, bullets and indentation removed) and two photo captions removed",
 "https://mb.com.ph/2023/9/8/what-went-down-on-marcos-bilateral-meetings-in-jakarta",
 "Marcos' bilateral meetings in Jakarta: flashback", "2023-09-09",
"""Marcos had five bilateral meetings on the sidelines of the ASEAN Summit.
He met with the leaders of Canada, Cambodia, Vietnam, the Cook Islands, and South Korea.
He had a brief conversation about the South China Sea with the leaders of Japan and the US.

President Ferdinand "Bongbong" Marcos Jr. concluded his participation in the 43rd Association of Southeast Asian Nations (ASEAN) Summit and Related Summits in Indonesia on Sept. 7.

In addition to attending leaders-level summits where he pushed for the country's interests like food security and peace and stability in the region, the President also held five bilateral meetings with other world leaders.

Here is a look back at Marcos' meetings with Canadian Prime Minister Justin Trudeau, Cambodian Prime Minister Hun Manet, Vietnamese Prime Minister Pham Minh Chinh, Cook Islands Prime Minister Mark Brown, and South Korean President Yoon Suk Yeol.

Meeting with Trudeau

President Marcos' first bilateral meeting was with Prime Minister Trudeau on Sept. 6. The two discussed trade and investments in clean, renewable energy and critical minerals exploration and processing. They also talked about cooperation on agri-science and urban agriculture.

The two leaders likewise tackled Filipinos' emigration in Canada, prompting Marcos to thank Trudeau for Canada's hospitality and vowed to "return the favor" by furthering the relationship between the two countries.

Trudeau invited Marcos to visit Canada next year, in time for the 75th anniversary of establishing its diplomatic relations with the Philippines.

The meeting, however, did not go without a hitch. The Philippine flag displayed during the meeting was inverted— with the color red shown above instead of below.""",
 ["PH", "CA", "KH", "VN", "CK", "KR", "JP", "US", "ID"],
 [MARCOS,
  ("Justin Trudeau", ["Prime Minister Trudeau", "Trudeau"], P, "CA", "Prime Minister"),
  ("Hun Manet", [], P, "KH", "Prime Minister"),
  ("Pham Minh Chinh", [], P, "VN", "Prime Minister"),
  ("Mark Brown", [], P, "CK", "Prime Minister"),
  ("Yoon Suk Yeol", [], P, "KR", "President"),
  ("Association of Southeast Asian Nations", ["ASEAN"], O, None, None)],
 [(["Ferdinand Marcos Jr.", "Justin Trudeau"], IP, H, "2023-09-06", "Indonesia",
   ["Clean energy and critical minerals", "Agricultural cooperation", "Filipino emigration to Canada", "Philippines-Canada relations"],
   "President Marcos' first bilateral meeting was with Prime Minister Trudeau on Sept. 6."),
  (["Ferdinand Marcos Jr.", "Hun Manet"], IP, H, "2023-09", "Indonesia", [], EV_LIST),
  (["Ferdinand Marcos Jr.", "Pham Minh Chinh"], IP, H, "2023-09", "Indonesia", [], EV_LIST),
  (["Ferdinand Marcos Jr.", "Mark Brown"], IP, H, "2023-09", "Indonesia", [], EV_LIST),
  (["Ferdinand Marcos Jr.", "Yoon Suk Yeol"], IP, H, "2023-09", "Indonesia", [], EV_LIST),
  (["Ferdinand Marcos Jr.", "JP"], IP, H, "2023-09", "Indonesia", ["South China Sea"],
   "He had a brief conversation about the South China Sea with the leaders of Japan and the US."),
  (["Ferdinand Marcos Jr.", "US"], IP, H, "2023-09", "Indonesia", ["South China Sea"],
   "He had a brief conversation about the South China Sea with the leaders of Japan and the US."),
  (["Association of Southeast Asian Nations", "Ferdinand Marcos Jr."], ML, H, "2023-09", "Indonesia", ["Food security", "Regional peace and stability"],
   "President Ferdinand \"Bongbong\" Marcos Jr. concluded his participation in the 43rd Association of Southeast Asian Nations (ASEAN) Summit and Related Summits in Indonesia on Sept. 7."),
  (["Ferdinand Marcos Jr.", "Justin Trudeau"], IP, PL, "2024", "Canada", ["Philippines-Canada relations"],
   "Trudeau invited Marcos to visit Canada next year, in time for the 75th anniversary of establishing its diplomatic relations with the Philippines.")],
 [("South China Sea", ["the South China Sea"]),
  ("Clean energy and critical minerals", ["trade and investments in clean, renewable energy and critical minerals exploration and processing"]),
  ("Agricultural cooperation", ["cooperation on agri-science and urban agriculture"]),
  ("Filipino emigration to Canada", ["Filipinos' emigration in Canada"]),
  ("Philippines-Canada relations", ["furthering the relationship between the two countries", "75th anniversary of establishing its diplomatic relations with the Philippines"]),
  ("Food security", ["food security"]),
  ("Regional peace and stability", ["peace and stability in the region"])],
 "advertisement marker, headline, published line, 'At A Glance' label and bullets, photo captions")

mk("ph-2022-marcos-xi-bangkok",
 "search corpus pages (The Manila Journal); the last, truncated sentence ('In 2016, a group of international') removed",
 "https://themanilajournal.com/2022/11/18/marcos-xi-jinping-meet-in-person-for-the-first-time-discussing-marcos-china-visit-next-year/",
 "Marcos, Xi Jinping meet in person for the first time, discussing Marcos' China visit next year", "2022-11-18",
"""MANILA, Philippines — On Tuesday, a bilateral meeting between the President of the Philippines, Ferdinand “Bongbong” Marcos, and the President of China, Xi Jinping, happened in Bangkok, Thailand, on the sidelines of the 29th Asia-Pacific Economic Cooperation (APEC) Leaders Meeting.
This is Marcos’s first bilateral meeting with Xi, as well as his first bilateral meeting at the APEC Summit.
Despite their continuing territorial dispute in the South China Sea (West Philippine Sea), the two countries discussed how to strengthen bilateral ties.
According to Marcos, he and Xi talked about regional issues, but they focused primarily on the preparations for Marcos’ upcoming state visit to China in January. However, the details that need to be discussed between the Philippines and China will be taken up during the visit.
“It’s the first time that I’ve met President Xi Jinping, and I was very happy that we were able to have this opportunity here in the APEC Meeting in Bangkok to have a bilateral meeting.”
PRESIDENT FERDINAND “BONGBONG” MARCOS
“The bilateral meetings are really just a kind of getting-to-know-you, and that was the same with our meeting,” he added.
Marcos also stated that he is looking forward to his state visit to China in January.
On the other hand, Xi assured Marcos that Beijing is ready to maintain regular communication with Manila and continue to address its issues.
“On the South China Sea, the two sides must stick to friendly consultation and handle differences and disputes properly.”
Xi said in a statement released by the Chinese Foreign Ministry
“China and the Philippines need to keep strategic independence, uphold peace, openness, and inclusiveness, and stay the course of regional cooperation,” he added.
Xi also cited that both countries should work together to “reject unilateralism and acts of bullying, defend fairness and justice, and safeguard peace and stability in the region.”""",
 ["PH", "CN", "TH"],
 [("Ferdinand “Bongbong” Marcos", ["Marcos", "PRESIDENT FERDINAND “BONGBONG” MARCOS"], P, "PH", "President"),
  ("Xi Jinping", ["Xi", "President Xi Jinping"], P, "CN", "President"),
  ("Asia-Pacific Economic Cooperation", ["APEC"], O, None, None),
  ("Chinese Foreign Ministry", [], O, "CN", None)],
 [(["Ferdinand “Bongbong” Marcos", "Xi Jinping"], IP, H, "2022-11-15", "Bangkok",
   ["South China Sea dispute", "Philippines-China relations", "Regional issues", "Marcos state visit to China"],
   "MANILA, Philippines — On Tuesday, a bilateral meeting between the President of the Philippines, Ferdinand “Bongbong” Marcos, and the President of China, Xi Jinping, happened in Bangkok, Thailand, on the sidelines of the 29th Asia-Pacific Economic Cooperation (APEC) Leaders Meeting."),
  (["Asia-Pacific Economic Cooperation", "Ferdinand “Bongbong” Marcos", "Xi Jinping"], ML, H, "2022-11-15", "Bangkok", [],
   "MANILA, Philippines — On Tuesday, a bilateral meeting between the President of the Philippines, Ferdinand “Bongbong” Marcos, and the President of China, Xi Jinping, happened in Bangkok, Thailand, on the sidelines of the 29th Asia-Pacific Economic Cooperation (APEC) Leaders Meeting."),
  (["Ferdinand “Bongbong” Marcos", "Xi Jinping"], IP, PL, "2023-01", "China", [],
   "Marcos also stated that he is looking forward to his state visit to China in January.")],
 [("South China Sea dispute", ["territorial dispute in the South China Sea (West Philippine Sea)", "differences and disputes"]),
  ("Philippines-China relations", ["strengthen bilateral ties", "regular communication with Manila"]),
  ("Regional issues", ["regional issues", "regional cooperation"]),
  ("Marcos state visit to China", ["Marcos’ upcoming state visit to China in January"])],
 "truncated last sentence")

mk("eg-2024-sisi-mbs-call",
 "search corpus pages (Pledge Times copy of a WAM report); no publication date on the page",
 "https://pledgetimes.com/intensive-efforts-to-stop-the-fire-in-gaza-and-reduce-the-escalation-in-the-west-bank/",
 "Intensive efforts to stop the fire in Gaza and reduce the escalation in the West Bank", None,
"""Cairo (WAM)

Egyptian President Abdel Fattah El-Sisi and His Royal Highness Prince Mohammed bin Salman bin Abdulaziz, Crown Prince and Prime Minister of the Kingdom of Saudi Arabia, stressed yesterday the need to reach an immediate ceasefire in the Gaza Strip and stop the escalation in the West Bank, which would contribute to preventing the expansion of the circle of conflict and restoring stability to the region.

The Middle East News Agency (MENA) reported that this came during a phone call received by the Egyptian President from the Saudi Crown Prince, during which they discussed regional developments and ways to enhance joint Arab action to confront the challenges affecting regional security and peace.

Yesterday, in a phone call with Turkish President Recep Tayyip Erdogan, His Highness Prince Mohammed bin Salman called for unifying Arab and Islamic efforts to support the Palestinian people as the war in Gaza continues for about 11 months, according to the Saudi Press Agency (SPA).""",
 ["EG", "SA", "TR", "PS"],
 [("Abdel Fattah El-Sisi", [], P, "EG", "President"),
  ("Mohammed bin Salman bin Abdulaziz", ["Prince Mohammed bin Salman"], P, "SA", "Crown Prince and Prime Minister"),
  ("Recep Tayyip Erdogan", [], P, "TR", "President")],
 [(["Abdel Fattah El-Sisi", "Mohammed bin Salman bin Abdulaziz"], PC, H, None, None,
   ["Gaza ceasefire", "West Bank escalation", "Regional developments", "Joint Arab action"],
   "The Middle East News Agency (MENA) reported that this came during a phone call received by the Egyptian President from the Saudi Crown Prince, during which they discussed regional developments and ways to enhance joint Arab action to confront the challenges affecting regional security and peace."),
  (["Mohammed bin Salman bin Abdulaziz", "Recep Tayyip Erdogan"], PC, H, None, None,
   ["Gaza ceasefire", "Support for the Palestinian people"],
   "Yesterday, in a phone call with Turkish President Recep Tayyip Erdogan, His Highness Prince Mohammed bin Salman called for unifying Arab and Islamic efforts to support the Palestinian people as the war in Gaza continues for about 11 months, according to the Saudi Press Agency (SPA).")],
 [("Gaza ceasefire", ["immediate ceasefire in the Gaza Strip", "the war in Gaza"]),
  ("West Bank escalation", ["stop the escalation in the West Bank"]),
  ("Regional developments", ["regional developments", "challenges affecting regional security and peace", "expansion of the circle of conflict"]),
  ("Joint Arab action", ["enhance joint Arab action"]),
  ("Support for the Palestinian people", ["unifying Arab and Islamic efforts to support the Palestinian people"])],
 "nothing")

mk("tr-2020-cavusoglu-lavrov-pandor-calls",
 "search corpus pages (A News, Turkey); nothing removed; published from the URL",
 "http://www.anews.com.tr/world/2020/01/04/turkish-russian-foreign-ministers-speak-over-phone",
 "Turkish, Russian foreign ministers speak over phone", "2020-01-04",
"""Turkey's Foreign Minister Mevlüt Çavuşoğlu spoke with his Russian counterpart over the phone on Saturday.

According to diplomatic sources, Çavuşoğlu and Sergey Lavrov discussed the situation Syria, Libya and Iraq, as well as other recent developments in the region.

Çavuşoğlu also spoke with his South African counterpart, Naledi Pandor, over the phone without disclosing further information about the discussion, the sources added.""",
 ["TR", "RU", "ZA", "SY", "LY", "IQ"],
 [("Mevlüt Çavuşoğlu", ["Çavuşoğlu"], P, "TR", "Foreign Minister"),
  ("Sergey Lavrov", [], P, "RU", "Foreign Minister"),
  ("Naledi Pandor", [], P, "ZA", "Foreign Minister")],
 [(["Mevlüt Çavuşoğlu", "Sergey Lavrov"], PC, H, "2020-01-04", None, ["Syria", "Libya", "Iraq", "Regional developments"],
   "Turkey's Foreign Minister Mevlüt Çavuşoğlu spoke with his Russian counterpart over the phone on Saturday."),
  (["Mevlüt Çavuşoğlu", "Naledi Pandor"], PC, H, "2020-01-04", None, [],
   "Çavuşoğlu also spoke with his South African counterpart, Naledi Pandor, over the phone without disclosing further information about the discussion, the sources added.")],
 [("Syria", ["the situation Syria"]), ("Libya", ["Libya"]), ("Iraq", ["Iraq"]),
  ("Regional developments", ["other recent developments in the region"])],
 "nothing")

mk("tr-2022-cavusoglu-lavrov-erdogan-putin-calls",
 "search corpus pages (A News, Turkey); nothing removed; published from the URL",
 "https://www.anews.com.tr/world/2022/03/27/turkish-foreign-minister-holds-phone-talk-with-his-russian-counterpart",
 "Turkish Foreign Minister holds phone talk with his Russian counterpart", "2022-03-27",
"""Turkish Foreign Minister Mevlüt Çavuşoğlu held a phone talk with his Russian counterpart, Sergei Lavrov, on Sunday.

According to the statement released by the Ministry of Foreign Affairs, recent updates on the Ukraine conflict were discussed.

Earlier Sunday, Turkish President Recep Tayyip Erdoğan talked over phone with his Russian counterpart Vladimir Putin.""",
 ["TR", "RU", "UA"],
 [("Mevlüt Çavuşoğlu", [], P, "TR", "Foreign Minister"),
  ("Sergei Lavrov", [], P, "RU", "Foreign Minister"),
  ("Recep Tayyip Erdoğan", [], P, "TR", "President"),
  ("Vladimir Putin", [], P, "RU", "President"),
  ("Ministry of Foreign Affairs", [], O, "TR", None)],
 [(["Mevlüt Çavuşoğlu", "Sergei Lavrov"], PC, H, "2022-03-27", None, ["Ukraine conflict"],
   "Turkish Foreign Minister Mevlüt Çavuşoğlu held a phone talk with his Russian counterpart, Sergei Lavrov, on Sunday."),
  (["Recep Tayyip Erdoğan", "Vladimir Putin"], PC, H, "2022-03-27", None, [],
   "Earlier Sunday, Turkish President Recep Tayyip Erdoğan talked over phone with his Russian counterpart Vladimir Putin.")],
 [("Ukraine conflict", ["recent updates on the Ukraine conflict"])],
 "nothing")
