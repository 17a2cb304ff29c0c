from mk import *

mk("mx-2022-biden-lopez-obrador-virtual",
 "search corpus pages (Business Recorder, Pakistan, AFP copy); nothing removed; the stored excerpt has neither headline nor date (title and published null)",
 "https://brecorder.com/news/amp/40170498",
 None, None,
"""WASHINGTON: US President Joe Biden and his Mexican counterpart Andres Manuel Lopez Obrador warned of “unprecedented” pressure from migration in a call Friday that highlighted a major political headache for the White House ahead of November elections.
“In view of the unprecedented flows of migrants from throughout the hemisphere to our two countries, the presidents reiterated the need to build stronger tools for managing regional migration surges,” the White House said in a statement after the call between the two presidents.
The virtual meeting, just under an hour long, showcased Biden’s attempt to steer the complex relationship onto a more cooperative basis after the tempestuous, at times tense, situation under his predecessor Donald Trump.
“The tone of the call was very constructive. This was not a call where President Biden was threatening the Mexican president in any way,” White House Press Secretary Jen Psaki said, referring to Trump’s aggressive brinkmanship with Mexico over illegal immigration.
The two nations are inextricably tied through trade, culture and the violent narcotics industry. However, looming over everything is the quandary of how to manage both legal and illegal migration.
It’s a subject that will feature heavily at the upcoming regional Summit of the Americas in June, being hosted in Los Angeles.
“The majority of the conversation was about migration and was about continued work on coordination, on economic coordination, on taking steps to reduce migration along the border,” Psaki said.
Lopez Obrador tweeted after the call that Mexican foreign minister Marcelo Ebrard will travel to Washington on Monday to discuss “issues of cooperation for development” and the Summit of the Americas.""",
 ["US", "MX"],
 [("Joe Biden", ["Biden", "President Biden"], P, "US", "President"),
  ("Andres Manuel Lopez Obrador", ["Lopez Obrador"], P, "MX", "President"),
  ("Donald Trump", ["Trump"], P, "US", None),
  ("Jen Psaki", ["Psaki"], P, "US", "White House Press Secretary"),
  ("Marcelo Ebrard", [], P, "MX", "foreign minister")],
 [(["Joe Biden", "Andres Manuel Lopez Obrador"], VC, H, None, None, ["Migration", "Economic coordination"],
   "WASHINGTON: US President Joe Biden and his Mexican counterpart Andres Manuel Lopez Obrador warned of “unprecedented” pressure from migration in a call Friday that highlighted a major political headache for the White House ahead of November elections."),
  (["US"], ML, PL, None, "Los Angeles", ["Migration"],
   "It’s a subject that will feature heavily at the upcoming regional Summit of the Americas in June, being hosted in Los Angeles."),
  (["Marcelo Ebrard", "US"], IP, PL, None, "Washington", ["Cooperation for development", "Summit of the Americas"],
   "Lopez Obrador tweeted after the call that Mexican foreign minister Marcelo Ebrard will travel to Washington on Monday to discuss “issues of cooperation for development” and the Summit of the Americas.")],
 [("Migration", ["pressure from migration", "managing regional migration surges", "legal and illegal migration", "reduce migration along the border"]),
  ("Economic coordination", ["economic coordination"]),
  ("Cooperation for development", ["issues of cooperation for development"]),
  ("Summit of the Americas", ["upcoming regional Summit of the Americas"])],
 "nothing")

MG = ("OSCE Minsk Group", ["Organization for Security and Cooperation in Europe (OSCE) Minsk Group"], O, None, None)
EV_MG = "NEW YORK—The co-chairs of the Organization for Security and Cooperation in Europe (OSCE) Minsk Group met separately and then jointly with Foreign Minister of Armenia Edward Nalbandian and Foreign Minister of Azerbaijan Elmar Mammadyarov, on Sept. 22 and 23, on the sidelines of the United Nations General Assembly."
mk("osce-2017-minsk-group-new-york",
 "search corpus pages (The Armenian Weekly); the last, truncated sentence (on a separate meeting with the OSCE Secretary General) removed",
 "https://armenianweekly.com/2017/09/26/armenian-azerbaijani-foreign-ministers-meet-in-new-york/",
 "Armenian, Azerbaijani Foreign Ministers Meet in New York", "2017-09-26",
"""NEW YORK—The co-chairs of the Organization for Security and Cooperation in Europe (OSCE) Minsk Group met separately and then jointly with Foreign Minister of Armenia Edward Nalbandian and Foreign Minister of Azerbaijan Elmar Mammadyarov, on Sept. 22 and 23, on the sidelines of the United Nations General Assembly. Co-chairs Igor Popov of Russia, Stephane Visconti of France, and Andrew Schofer of the U.S. were joined by the personal representative of the OSCE chairperson-in-office, Andrzej Kasprzyk.

“The main aim of the consultations was to discuss the current situation in the conflict zone, to explore ways to reinvigorate the negotiation process, and to prepare for the upcoming summit between the Presidents of Armenia and Azerbaijan,” the Minsk Group co-chairs said in a statement.

They also said they expect the summit meeting to contribute to “enhancing confidence and political will” among the two sides to find compromise solutions to the remaining key settlement issues. In turn, the two ministers expressed their commitment to work with the co-chairs to prepare for a successful summit in the near future.

During his separate meeting with meetings with the OSCE Minsk Group co-chairs and the personal representative of the OSCE chairperson-in-office, Nalbandian congratulated Schofer on assuming the office and emphasized the important mission of the co-chairmanship in achieving the peaceful settlement of the Nagorno-Karabagh conflict.

The sides exchanged views on the necessary steps to create conducive conditions for the advancement of the process of exclusively peaceful settlement of the Nagorno-Karabagh issue. The sides also discussed issues related to the Nalbandian’s meeting with the Azerbaijani foreign minister.""",
 ["AM", "AZ", "RU", "FR", "US"],
 [("Edward Nalbandian", ["Nalbandian"], P, "AM", "Foreign Minister"),
  ("Elmar Mammadyarov", [], P, "AZ", "Foreign Minister"),
  ("Igor Popov", [], P, "RU", "Co-chair"),
  ("Stephane Visconti", [], P, "FR", "Co-chair"),
  ("Andrew Schofer", ["Schofer"], P, "US", "Co-chair"),
  ("Andrzej Kasprzyk", [], P, None, "personal representative of the OSCE chairperson-in-office"),
  MG,
  ("Organization for Security and Cooperation in Europe", ["OSCE"], O, None, None),
  ("United Nations General Assembly", [], O, None, None)],
 [(["OSCE Minsk Group", "Edward Nalbandian"], IP, H, "2017-09", "New York",
   ["Nagorno-Karabakh conflict", "Armenia-Azerbaijan summit"], EV_MG),
  (["OSCE Minsk Group", "Elmar Mammadyarov"], IP, H, "2017-09", "New York",
   ["Nagorno-Karabakh conflict", "Armenia-Azerbaijan summit"], EV_MG),
  (["OSCE Minsk Group", "Edward Nalbandian", "Elmar Mammadyarov"], ML, H, "2017-09", "New York",
   ["Nagorno-Karabakh conflict", "Armenia-Azerbaijan summit"], EV_MG),
  (["United Nations General Assembly", "Edward Nalbandian", "Elmar Mammadyarov"], ML, H, "2017-09", "New York", [], EV_MG),
  (["AM", "AZ"], IP, PL, None, None, ["Nagorno-Karabakh conflict"],
   "“The main aim of the consultations was to discuss the current situation in the conflict zone, to explore ways to reinvigorate the negotiation process, and to prepare for the upcoming summit between the Presidents of Armenia and Azerbaijan,” the Minsk Group co-chairs said in a statement.")],
 [("Nagorno-Karabakh conflict", ["current situation in the conflict zone", "negotiation process", "peaceful settlement of the Nagorno-Karabagh conflict", "Nagorno-Karabagh issue", "remaining key settlement issues"]),
  ("Armenia-Azerbaijan summit", ["upcoming summit between the Presidents of Armenia and Azerbaijan", "successful summit in the near future"])],
 "truncated last sentence")

mk("de-2024-scholz-trump-call",
 "search corpus pages (A News, Turkey); date bar removed; title from the URL slug",
 "https://www.anews.com.tr/turkey/2024/11/11/germanys-scholz-trump-discuss-bilateral-relations-ukraine",
 "Germany's Scholz, Trump discuss bilateral relations, Ukraine", "2024-11-11",
"""German Chancellor Olaf Scholz and US President-elect Donald Trump discussed bilateral relations and global challenges, according to an official statement on Monday.

Late Sunday, Scholz called Trump to personally congratulate him once again on his election as the 47th president of the US, German government spokesperson Steffen Hebestreit said in a statement.

"Chancellor Olaf Scholz spoke on the phone with the newly elected American President Donald Trump and once again personally congratulated him on his election victory," he added.

The two leaders exchanged views on the Washington-Berlin relations and current geopolitical issues. Scholz emphasized Germany's commitment to maintaining strong ties with the US, according to the spokesman.

"The Chancellor underlined Germany's willingness to continue the decades-long successful cooperation between the governments of both countries," Hebestreit stated.

The two leaders also discussed the latest situation in Ukraine and its defensive war against Russia, according to the spokesman.

"They also agreed to work together towards a return to peace in Europe," Hebestreit concluded, without providing further details.""",
 ["DE", "US", "UA", "RU"],
 [("Olaf Scholz", ["Scholz", "Chancellor Olaf Scholz"], P, "DE", "Chancellor"),
  ("Donald Trump", ["Trump"], P, "US", "President-elect"),
  ("Steffen Hebestreit", ["Hebestreit"], P, "DE", "government spokesperson")],
 [(["Olaf Scholz", "Donald Trump"], PC, H, "2024-11-10", None,
   ["US presidential election", "German-US relations", "War in Ukraine", "Peace in Europe"],
   "Late Sunday, Scholz called Trump to personally congratulate him once again on his election as the 47th president of the US, German government spokesperson Steffen Hebestreit said in a statement.")],
 [("US presidential election", ["his election as the 47th president of the US", "his election victory"]),
  ("German-US relations", ["bilateral relations", "Washington-Berlin relations", "strong ties with the US", "cooperation between the governments of both countries"]),
  ("War in Ukraine", ["latest situation in Ukraine and its defensive war against Russia"]),
  ("Peace in Europe", ["return to peace in Europe"])],
 "date bar")

mk("news-1985-nakasone-reagan-los-angeles",
 "search corpus pages (Los Angeles Times archive, 2 January 1985); 'Share via', byline ('Times Staff Writer') and the last, truncated sentence (on the Strategic Defense Initiative) removed; published from the URL",
 "https://www.latimes.com/archives/la-xpm-1985-01-02-mn-6077-story.html",
 "Nakasone in L.A. for Talks With Reagan", "1985-01-02",
"""Japanese Prime Minister Yasuhiro Nakasone arrived in Los Angeles on Tuesday for talks with President Reagan about the U.S.-Japan trade gap--and on other subjects too, perhaps.

Nakasone’s departure from Japan for his fifth personal encounter with the American President was marked by leftist demonstrations protesting the summit meeting.

The protests, which led to at least four arrests in Tokyo, included a rocket attack on the American Consulate building in Kobe.

The rockets apparently did no damage, and the prime minister--who arrived at Los Angeles International Airport at 3:10 p.m., accompanied by Foreign Minister Shintaro Abe--made no mention of the incident.

In a news service interview before takeoff from Haneda Airport in Tokyo, he talked of the coming meeting and the possibility that he might be able to seize the opportunity to “help set the atmosphere for a friendly negotiating table” between Reagan and Soviet President Konstantin U. Chernenko.

“I’ll remind the President that the United States and Japan account for 30% of the world’s gross national product and have a great stake in world peace and prosperity,” he said.

Secretary of State George P. Shultz and Soviet Foreign Minister Andrei A. Gromyko are scheduled to meet in Geneva, Switzerland, next Monday and Tuesday for talks intended to lay the groundwork for a resumption of arms control negotiations.

On the subject of America’s unfavorable trade balance--expected to reach a record level of $35 billion for 1984--Nakasone declined to confirm Tokyo reports that he will form a Cabinet-level committee to oversee opening of Japan’s markets to increased exports.

But he said he will urge Reagan to decrease U.S. interest rates and help align the value of the dollar to lower levels.""",
 ["JP", "US", "SU", "CH"],
 [("Yasuhiro Nakasone", ["Nakasone"], P, "JP", "Prime Minister"),
  ("Reagan", ["President Reagan"], P, "US", "President"),
  ("Shintaro Abe", [], P, "JP", "Foreign Minister"),
  ("Konstantin U. Chernenko", [], P, "SU", "President"),
  ("George P. Shultz", [], P, "US", "Secretary of State"),
  ("Andrei A. Gromyko", [], P, "SU", "Foreign Minister")],
 [(["Yasuhiro Nakasone", "Reagan"], IP, PL, "1985-01", "Los Angeles",
   ["U.S.-Japan trade gap", "U.S. interest rates and the dollar", "Soviet-American relations"],
   "Japanese Prime Minister Yasuhiro Nakasone arrived in Los Angeles on Tuesday for talks with President Reagan about the U.S.-Japan trade gap--and on other subjects too, perhaps."),
  (["George P. Shultz", "Andrei A. Gromyko"], IP, PL, "1985-01", "Geneva", ["Arms control negotiations"],
   "Secretary of State George P. Shultz and Soviet Foreign Minister Andrei A. Gromyko are scheduled to meet in Geneva, Switzerland, next Monday and Tuesday for talks intended to lay the groundwork for a resumption of arms control negotiations.")],
 [("U.S.-Japan trade gap", ["U.S.-Japan trade gap", "America’s unfavorable trade balance", "opening of Japan’s markets to increased exports"]),
  ("U.S. interest rates and the dollar", ["decrease U.S. interest rates and help align the value of the dollar to lower levels"]),
  ("Soviet-American relations", ["friendly negotiating table"]),
  ("Arms control negotiations", ["resumption of arms control negotiations"])],
 "share marker, byline, truncated last sentence")

mk("jp-2024-kishida-zhaparov-oyun-erdene-calls",
 "search corpus pages (nippon.com, Jiji Press copy); 'Newsfrom Japan' label removed",
 "https://www.nippon.com/en/news/yjj2024081300816/japan's-kishida-has-phone-talks-with-kyrgyz-mongolian-leaders.html",
 "Japan's Kishida Has Phone Talks with Kyrgyz, Mongolian Leaders", "2024-08-13",
"""Tokyo, Aug. 13 (Jiji Press)--Japanese Prime Minister Fumio Kishida on Tuesday held separate telephone talks with Kyrgyz President Sadyr Zhaparov and Mongolian Prime Minister Luvsannamsrai Oyun-Erdene.

In his talks with Zhaparov, Kishida explained that he canceled his planned visit to Central Asia following the Japan Meteorological Agency's emergency advisory on the increased risk of a huge Nankai Trough earthquake issued after a temblor Thursday.

Kishida was slated to visit Kazakhstan and Uzbekistan, as well as Mongolia, for four days from Friday.

In Kazakhstan, Kishida was to attend the first summit between Japan and five Central Asian countries including the Kyrgyz Republic. He has already held phone talks with leaders of the other four Central Asian nations, such as Kazakhstan and Uzbekistan, and explained why he called off his visit.

Kishida during Tuesday's talks with Zhaparov indicated that he plans to reschedule his trip, saying that there are no changes to his resolve to promote Japan-Kyrgyz ties.""",
 ["JP", "KG", "MN", "KZ", "UZ"],
 [("Fumio Kishida", ["Kishida"], P, "JP", "Prime Minister"),
  ("Sadyr Zhaparov", ["Zhaparov"], P, "KG", "President"),
  ("Luvsannamsrai Oyun-Erdene", [], P, "MN", "Prime Minister"),
  ("Japan Meteorological Agency", [], O, "JP", None)],
 [(["Fumio Kishida", "Sadyr Zhaparov"], PC, H, "2024-08-13", None,
   ["Cancelled Central Asia visit", "Nankai Trough earthquake advisory", "Japan-Kyrgyz relations"],
   "Tokyo, Aug. 13 (Jiji Press)--Japanese Prime Minister Fumio Kishida on Tuesday held separate telephone talks with Kyrgyz President Sadyr Zhaparov and Mongolian Prime Minister Luvsannamsrai Oyun-Erdene."),
  (["Fumio Kishida", "Luvsannamsrai Oyun-Erdene"], PC, H, "2024-08-13", None, [],
   "Tokyo, Aug. 13 (Jiji Press)--Japanese Prime Minister Fumio Kishida on Tuesday held separate telephone talks with Kyrgyz President Sadyr Zhaparov and Mongolian Prime Minister Luvsannamsrai Oyun-Erdene."),
  (["Fumio Kishida", "KZ"], PC, H, None, None, ["Cancelled Central Asia visit"],
   "He has already held phone talks with leaders of the other four Central Asian nations, such as Kazakhstan and Uzbekistan, and explained why he called off his visit."),
  (["Fumio Kishida", "UZ"], PC, H, None, None, ["Cancelled Central Asia visit"],
   "He has already held phone talks with leaders of the other four Central Asian nations, such as Kazakhstan and Uzbekistan, and explained why he called off his visit.")],
 [("Cancelled Central Asia visit", ["canceled his planned visit to Central Asia", "called off his visit", "reschedule his trip"]),
  ("Nankai Trough earthquake advisory", ["emergency advisory on the increased risk of a huge Nankai Trough earthquake"]),
  ("Japan-Kyrgyz relations", ["promote Japan-Kyrgyz ties"])],
 "site label")
