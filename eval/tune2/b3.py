from mk import *

mk("cn-2023-xi-blinken-beijing", "search corpus pages (People's Daily Online, Xinhua copy); headline, time line, photo captions and web-editor line removed",
 "http://en.people.cn/n3/2023/0619/c90000-20033517.html", "Xi meets Blinken in Beijing", "2023-06-19",
"""BEIJING, June 19 (Xinhua) -- Chinese President Xi Jinping met with U.S. Secretary of State Antony Blinken at the Great Hall of the People on Monday.

Xi said that Wang Yi, director of the Office of the Foreign Affairs Commission of the Communist Party of China Central Committee, and Chinese State Councilor and Foreign Minister Qin Gang described their talks with Secretary Blinken as candid and in-depth.

"The Chinese side has made its position clear, and the two sides have agreed to follow through on the common understandings President Biden and I reached in Bali," said Xi, adding that the two sides also made progress and reached agreement on some specific issues.

State-to-state interactions should always be based on mutual respect and sincerity, said Xi. "I hope that Secretary Blinken, through this visit, could make positive contributions to stabilizing China-U.S. relations.\"""",
 ["CN", "US"],
 [("Xi Jinping", ["Xi"], P, "CN", "President"), ("Antony Blinken", ["Secretary Blinken", "Blinken"], P, "US", "Secretary of State"),
  ("Wang Yi", [], P, "CN", "director of the Office of the Foreign Affairs Commission of the Communist Party of China Central Committee"),
  ("Qin Gang", [], P, "CN", "State Councilor and Foreign Minister"), ("Biden", ["President Biden"], P, "US", "President")],
 [(["Xi Jinping", "Antony Blinken"], IP, H, "2023-06-19", "Great Hall of the People", ["China-US relations", "Bali common understandings"],
   "BEIJING, June 19 (Xinhua) -- Chinese President Xi Jinping met with U.S. Secretary of State Antony Blinken at the Great Hall of the People on Monday."),
  (["Wang Yi", "Qin Gang", "Antony Blinken"], IP, H, "2023-06", None, [],
   "Xi said that Wang Yi, director of the Office of the Foreign Affairs Commission of the Communist Party of China Central Committee, and Chinese State Councilor and Foreign Minister Qin Gang described their talks with Secretary Blinken as candid and in-depth."),
  (["Biden", "Xi Jinping"], IP, H, None, "Bali", ["Bali common understandings"],
   "\"The Chinese side has made its position clear, and the two sides have agreed to follow through on the common understandings President Biden and I reached in Bali,\" said Xi, adding that the two sides also made progress and reached agreement on some specific issues.")],
 [("China-US relations", ["stabilizing China-U.S. relations", "State-to-state interactions"]),
  ("Bali common understandings", ["common understandings President Biden and I reached in Bali"])],
 "headline, time line, photo captions, web-editor line")

mk("cn-2017-xi-tillerson", "search corpus pages (China-US Focus, Xinhua copy); language bar, headline, date line and 'Back to Top' removed",
 "https://www.chinausfocus.com/news/xi-meets-us-secretary-of-state-tillerson", "Xi Meets U.S. Secretary of State Tillerson", "2017-09-30",
"""Chinese President Xi Jinping met with visiting U.S. Secretary of State Rex Tillerson Saturday, discussing U.S. President Donald Trump's state visit to China later this year.

"Currently the most important event in our bilateral relations is President Trump's China visit in November," Xi said. "His visit will be a major opportunity for the development of China-U.S. relations."

Xi said China-U.S ties had been generally stable, and that he had maintained sound communication with President Trump.

Chinese and U.S. teams should implement consensus reached by the two heads of state, grasp the direction of bilateral relationship, respect each other, and focus on cooperation while dealing with differences properly, Xi said.""",
 ["CN", "US"],
 [("Xi Jinping", ["Xi"], P, "CN", "President"), ("Rex Tillerson", ["Tillerson"], P, "US", "Secretary of State"),
  ("Donald Trump", ["President Trump"], P, "US", "President")],
 [(["Xi Jinping", "Rex Tillerson"], IP, H, "2017-09-30", None, ["Trump state visit to China", "China-US relations"],
   "Chinese President Xi Jinping met with visiting U.S. Secretary of State Rex Tillerson Saturday, discussing U.S. President Donald Trump's state visit to China later this year."),
  (["Donald Trump", "Xi Jinping"], IP, PL, "2017-11", "China", ["China-US relations"],
   "\"Currently the most important event in our bilateral relations is President Trump's China visit in November,\" Xi said.")],
 [("Trump state visit to China", ["President Donald Trump's state visit to China", "President Trump's China visit"]),
  ("China-US relations", ["development of China-U.S. relations", "China-U.S ties", "bilateral relationship"])],
 "language bar, headline, date, 'Back to Top'")

mk("cn-2016-wang-kishida-call", "search corpus pages (Chinese Embassy in Barbados copy of a Chinese MFA news item); breadcrumb, headline and 'Suggest to a friend' removed; page gives no publication date",
 "http://bb.chineseembassy.org/eng/zgyw/t1348082.htm", "Wang Yi Holds Phone Talks at Request with Foreign Minister Fumio Kishida of Japan", None,
"""On March 14, 2016, Foreign Minister Wang Yi held phone talks at request with Foreign Minister Fumio Kishida of Japan, exchanging views on how to improve China-Japan relations. Wang Yi stressed that he hopes the Japan side could make constructive efforts for improving relations between the two countries. Both side discussed the current nuclear issue on the Korean Peninsula, and agreed to fully implement the UNSC Resolution 2270 and explore ways to resolve the issue by restarting negotiation in the implementation process.""",
 ["CN", "JP"],
 [("Wang Yi", [], P, "CN", "Foreign Minister"), ("Fumio Kishida", [], P, "JP", "Foreign Minister")],
 [(["Wang Yi", "Fumio Kishida"], PC, H, "2016-03-14", None, ["China-Japan relations", "Korean Peninsula nuclear issue"],
   "On March 14, 2016, Foreign Minister Wang Yi held phone talks at request with Foreign Minister Fumio Kishida of Japan, exchanging views on how to improve China-Japan relations.")],
 [("China-Japan relations", ["improve China-Japan relations", "improving relations between the two countries"]),
  ("Korean Peninsula nuclear issue", ["current nuclear issue on the Korean Peninsula", "UNSC Resolution 2270"])],
 "breadcrumb, headline, footer")

mk("jp-2017-kishida-lavrov-tokyo", "search corpus pages (Ministry of Foreign Affairs of Japan); section header, date line, photo captions and the last, truncated paragraph removed",
 "https://www.mofa.go.jp/erp/rss/northern/page1e_000141.html", "Japan-Russia Foreign Ministers’ Meeting", "2017-03-20",
"""On March 20, Mr. Fumio Kishida, Minister for Foreign Affairs, held a Japan-Russia Foreign Ministers’ Meeting (second time this year, ninth time in total; lasted approximately three hours including the working lunch) with Mr. Sergey Viktorovich Lavrov, Minister of Foreign Affairs of the Russian Federation, who was visiting Japan for the Japan-Russia Foreign and Defence Ministerial Consultation (“2+2” Ministerial Meeting). The overview of the meeting is as follows.

1. Japan-Russia relations

The ministers affirmed that Mr. Shinzo Abe, Prime Minister of Japan, will visit Russia late April and hold a Summit Meeting with Mr. Vladimir Vladimirovich Putin, President of Russia if circumstances permit. The ministers agreed to accelerate preparations for the coming meeting.

The ministers also agreed to accelerate work for implementing the “Japan Year in Russia” and “Russia Year in Japan” in 2018.

2. Negotiations for concluding a peace treaty

The ministers affirmed that they would make progress in close consultation with each other based on both leaders’ sincere determination to resolve this issue, which was expressed at the Summit Meeting in Yamaguchi last year.

With regard to joint economic activities, following the discussions at the Japan-Russia vice-ministerial consultation on March 18, the ministers affirmed that the two sides would deepen their discussions, including projects prioritization and examining the necessary legal foundation.

With regard to grave visits by former islands’ residents, the ministers affirmed to proceed with coordination to establish additional entry/exit points, as well as to proceed with conducting practical reviews on the feasibility of visiting the four islands by aircraft.

3. International situation

The ministers discussed the situations in Syria and Ukraine.""",
 ["JP", "RU", "SY", "UA"],
 [("Fumio Kishida", [], P, "JP", "Minister for Foreign Affairs"),
  ("Sergey Viktorovich Lavrov", [], P, "RU", "Minister of Foreign Affairs"),
  ("Shinzo Abe", [], P, "JP", "Prime Minister"), ("Vladimir Vladimirovich Putin", [], P, "RU", "President")],
 [(["Fumio Kishida", "Sergey Viktorovich Lavrov"], IP, H, "2017-03-20", "Japan",
   ["Abe visit to Russia", "Japan Year in Russia", "Japan-Russia peace treaty", "Joint economic activities on the islands", "Grave visits by former islanders", "Syria", "Ukraine"],
   "On March 20, Mr. Fumio Kishida, Minister for Foreign Affairs, held a Japan-Russia Foreign Ministers’ Meeting (second time this year, ninth time in total; lasted approximately three hours including the working lunch) with Mr. Sergey Viktorovich Lavrov, Minister of Foreign Affairs of the Russian Federation, who was visiting Japan for the Japan-Russia Foreign and Defence Ministerial Consultation (“2+2” Ministerial Meeting)."),
  (["Fumio Kishida", "Sergey Viktorovich Lavrov"], IP, H, "2017-03", "Japan", [],
   "On March 20, Mr. Fumio Kishida, Minister for Foreign Affairs, held a Japan-Russia Foreign Ministers’ Meeting (second time this year, ninth time in total; lasted approximately three hours including the working lunch) with Mr. Sergey Viktorovich Lavrov, Minister of Foreign Affairs of the Russian Federation, who was visiting Japan for the Japan-Russia Foreign and Defence Ministerial Consultation (“2+2” Ministerial Meeting)."),
  (["Shinzo Abe", "Vladimir Vladimirovich Putin"], IP, PL, "2017-04", "Russia", [],
   "The ministers affirmed that Mr. Shinzo Abe, Prime Minister of Japan, will visit Russia late April and hold a Summit Meeting with Mr. Vladimir Vladimirovich Putin, President of Russia if circumstances permit."),
  (["Shinzo Abe", "Vladimir Vladimirovich Putin"], IP, H, "2016", "Yamaguchi", ["Japan-Russia peace treaty"],
   "The ministers affirmed that they would make progress in close consultation with each other based on both leaders’ sincere determination to resolve this issue, which was expressed at the Summit Meeting in Yamaguchi last year."),
  (["JP", "RU"], IP, H, "2017-03-18", None, ["Joint economic activities on the islands"],
   "With regard to joint economic activities, following the discussions at the Japan-Russia vice-ministerial consultation on March 18, the ministers affirmed that the two sides would deepen their discussions, including projects prioritization and examining the necessary legal foundation.")],
 [("Abe visit to Russia", ["preparations for the coming meeting"]),
  ("Japan Year in Russia", ["“Japan Year in Russia” and “Russia Year in Japan”"]),
  ("Japan-Russia peace treaty", ["Negotiations for concluding a peace treaty"]),
  ("Joint economic activities on the islands", ["joint economic activities"]),
  ("Grave visits by former islanders", ["grave visits by former islands’ residents", "visiting the four islands by aircraft"]),
  ("Syria", ["situations in Syria"]), ("Ukraine", ["Ukraine"])],
 "header, date line, photo captions, truncated last paragraph")

mk("jp-2020-motegi-lavrov-munich", "search corpus pages (Ministry of Foreign Affairs of Japan); section header, date line, photo captions and 'Back to Japan-Russia Relations' removed",
 "https://www.mofa.go.jp/erp/rss/page6e_000198.html", "Japan-Russia Foreign Ministers’ Meeting", "2020-02-15",
"""On February 15, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, and H.E. Mr. Sergey Viktorovich Lavrov, Minister of Foreign Affairs of the Russian Federation, held their fourth Japan-Russia Foreign Ministers’ Meeting for approximately one hour in Munich, the Federal Republic of Germany. The overview of the meeting is as follows.

1. Issue of concluding a peace treaty

Taking into consideration the Foreign Ministers’ Meeting at the end of last year, Minister Motegi conveyed his thoughts more concretely regarding ways for advancing the negotiations.

2. Joint economic activities on the Four Northern Islands

The two ministers discussed the way forward for future consultations, taking into account the discussions in the director-general-level working group on  comprehensive issues held in January and the projects to be implemented this year.

3. Humanitarian measures for the former island residents

Minister Motegi conveyed to Minister Lavrov the requests received by former island residents concerning measures on visits to the Four Northern Islands, including the requests that Prime Minister Abe received from the former island residents on February 7 (Northern Territories Day), and asked for Russia’s positive consideration.

4. Political schedule and other matters

The two ministers shared the view on the need of swiftly holding vice-ministerial-level consultations and conducting follow-ups based on the discussions held at this Foreign Ministers’ Meeting. In addition, Minister Motegi invited Minister Lavrov to visit Japan at an early date, and it was decided that the two sides will coordinate the schedule.""",
 ["JP", "RU", "DE"],
 [("Motegi Toshimitsu", ["MOTEGI Toshimitsu", "Minister Motegi"], P, "JP", "Minister for Foreign Affairs"),
  ("Sergey Viktorovich Lavrov", ["Minister Lavrov"], P, "RU", "Minister of Foreign Affairs"),
  ("Abe", ["Prime Minister Abe"], P, "JP", "Prime Minister")],
 [(["Motegi Toshimitsu", "Sergey Viktorovich Lavrov"], IP, H, "2020-02-15", "Munich",
   ["Japan-Russia peace treaty", "Joint economic activities on the Four Northern Islands", "Humanitarian measures for former island residents", "Lavrov visit to Japan"],
   "On February 15, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, and H.E. Mr. Sergey Viktorovich Lavrov, Minister of Foreign Affairs of the Russian Federation, held their fourth Japan-Russia Foreign Ministers’ Meeting for approximately one hour in Munich, the Federal Republic of Germany."),
  (["Motegi Toshimitsu", "Sergey Viktorovich Lavrov"], IP, H, "2019", None, ["Japan-Russia peace treaty"],
   "Taking into consideration the Foreign Ministers’ Meeting at the end of last year, Minister Motegi conveyed his thoughts more concretely regarding ways for advancing the negotiations."),
  (["JP", "RU"], IP, H, "2020-01", None, ["Joint economic activities on the Four Northern Islands"],
   "The two ministers discussed the way forward for future consultations, taking into account the discussions in the director-general-level working group on  comprehensive issues held in January and the projects to be implemented this year."),
  (["JP", "RU"], IP, PL, None, None, [],
   "The two ministers shared the view on the need of swiftly holding vice-ministerial-level consultations and conducting follow-ups based on the discussions held at this Foreign Ministers’ Meeting."),
  (["Sergey Viktorovich Lavrov", "Motegi Toshimitsu"], IP, PL, None, "Japan", [],
   "In addition, Minister Motegi invited Minister Lavrov to visit Japan at an early date, and it was decided that the two sides will coordinate the schedule.")],
 [("Japan-Russia peace treaty", ["Issue of concluding a peace treaty", "advancing the negotiations"]),
  ("Joint economic activities on the Four Northern Islands", ["Joint economic activities on the Four Northern Islands"]),
  ("Humanitarian measures for former island residents", ["Humanitarian measures for the former island residents", "visits to the Four Northern Islands"]),
  ("Lavrov visit to Japan", ["invited Minister Lavrov to visit Japan"])],
 "header, date line, photo captions, back link")
