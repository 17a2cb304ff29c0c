from mk import *

mk("uk-2007-brown-first-calls", "search corpus pages (downingstreetsays.com, unofficial summary of the Prime Minister's Spokesman's lobby briefing of 27 June 2007); only the 'New Prime Minister' item kept: date heading, 'Briefing took place ...' footer and the following items removed",
 "https://downingstreetsays.com/briefings/2007/06/27", "New Prime Minister", "2007-06-27",
"""The Prime Minister's Spokesman (PMS) began the briefing by introducing himself and reaffirmed that future briefings will be on the record. He then talked Lobby through what had been happening at Downing Street since the new Prime Minister arrived earlier this afternoon. The Prime Minister was clapped in by Downing Street staff as was traditional, and had an initial meeting with the Cabinet Secretary. In his first act as Prime Minister he revoked the Orders of Council granting powers to special advisors to give instructions to civil servants. The Prime Minister then had a series of phone calls with foreign leaders. The first call was to President Bush, it was cordial and constructive lasting around 10 minutes, and built on the discussions they had in Washington. The Prime Minister then spoke to President Sarkozy, Bertie Ahern, Chancellor Merkel and Romano Prodi. He had of course been speaking to President Sarkozy and Chancellor Merkel in recent weeks. The Prime Minister spoke to the two leaders of the main opposition parties David Cameron and Menzies Campbell. The call to David Cameron was courteous and businesslike.""",
 ["GB"],
 [("Bush", ["President Bush"], P, "US", "President"), ("Sarkozy", ["President Sarkozy"], P, "FR", "President"),
  ("Bertie Ahern", [], P, "IE", None), ("Merkel", ["Chancellor Merkel"], P, "DE", "Chancellor"),
  ("Romano Prodi", [], P, "IT", None),
  ("David Cameron", [], P, "GB", "leader of the main opposition party"), ("Menzies Campbell", [], P, "GB", "leader of the main opposition party")],
 [(["GB", "Bush"], PC, H, "2007-06-27", None, [], "The first call was to President Bush, it was cordial and constructive lasting around 10 minutes, and built on the discussions they had in Washington."),
  (["GB", "Bush"], IP, H, None, "Washington", [], "The first call was to President Bush, it was cordial and constructive lasting around 10 minutes, and built on the discussions they had in Washington."),
  (["GB", "Sarkozy"], PC, H, "2007-06-27", None, [], "The Prime Minister then spoke to President Sarkozy, Bertie Ahern, Chancellor Merkel and Romano Prodi."),
  (["GB", "Bertie Ahern"], PC, H, "2007-06-27", None, [], "The Prime Minister then spoke to President Sarkozy, Bertie Ahern, Chancellor Merkel and Romano Prodi."),
  (["GB", "Merkel"], PC, H, "2007-06-27", None, [], "The Prime Minister then spoke to President Sarkozy, Bertie Ahern, Chancellor Merkel and Romano Prodi."),
  (["GB", "Romano Prodi"], PC, H, "2007-06-27", None, [], "The Prime Minister then spoke to President Sarkozy, Bertie Ahern, Chancellor Merkel and Romano Prodi."),
  (["GB", "David Cameron"], PC, H, "2007-06-27", None, [], "The Prime Minister spoke to the two leaders of the main opposition parties David Cameron and Menzies Campbell."),
  (["GB", "Menzies Campbell"], PC, H, "2007-06-27", None, [], "The Prime Minister spoke to the two leaders of the main opposition parties David Cameron and Menzies Campbell.")],
 [], "date heading, briefing footer, other items")

mk("us-2015-kerry-lavrov-call", "search corpus pages (U.S. Embassy Georgia copy of a State Department readout); 'State Department Press Office' footer removed; the year (2015) is not printed and was inferred from the Mariupol rocket attack of 24 January 2015 that the readout says happened 'yesterday'",
 "https://ge.usembassy.gov/readout-secretary-kerrys-call-foreign-minister-lavrov-january-25/",
 "Readout of Secretary Kerry’s Call with Foreign Minister Lavrov (January 25)", "2015-01-25",
"""The Secretary and Foreign Minister Lavrov spoke today on Ukraine and Syria.

On Ukraine, the Secretary reiterated our condemnation of the separatists’ grad missile attack on civilians in Mariupol yesterday 25 kilometers beyond the Minsk line,  and other separatist attacks in blatant violation of the agreement. The Secretary reiterated the need for an immediate resumption of the ceasefire, a withdrawal of heavy weapons, and closing the border. He also underscored U.S. readiness to participate in serious settlement efforts, making clear that deescalation is in everyone’s interests, that Russia will be judged by its actions, and that the costs to Russia will only increase if attacks continue.

They also briefly discussed the Syria conference starting tomorrow in Moscow. The Secretary asked for an update from Foreign Minister Lavrov after the Moscow meetings with the opposition.""",
 ["US", "RU", "UA", "SY"],
 [("Kerry", ["Secretary Kerry"], P, "US", "Secretary"), ("Lavrov", ["Foreign Minister Lavrov"], P, "RU", "Foreign Minister")],
 [(["Kerry", "Lavrov"], PC, H, "2015-01-25", None, ["Ukraine conflict", "Syria conference in Moscow"],
   "The Secretary and Foreign Minister Lavrov spoke today on Ukraine and Syria."),
  (["RU"], ML, PL, "2015-01-26", "Moscow", ["Syria conflict"], "They also briefly discussed the Syria conference starting tomorrow in Moscow.")],
 [("Ukraine conflict", ["Ukraine", "grad missile attack on civilians in Mariupol", "Minsk line", "resumption of the ceasefire", "withdrawal of heavy weapons", "settlement efforts"]),
  ("Syria conference in Moscow", ["Syria conference", "Moscow meetings with the opposition"]),
  ("Syria conflict", ["Syria"])],
 "footer")

mk("us-2022-sherman-ryabkov-geneva", "search corpus pages (politikinewsaaa.blogspot.com copy of State Department releases); only the Sherman-Ryabkov release kept: its headline, date line, the attribution line to the spokesperson and the last, truncated sentence removed",
 "https://politikinewsaaa.blogspot.com/2022/01/us-department-of-stateupdate.html",
 "Deputy Secretary Sherman’s Meeting with Russian Deputy Foreign Minister Ryabkov", "2022-01-09",
"""Deputy Secretary of State Wendy R. Sherman met with Russian Deputy Foreign Minister Sergey Ryabkov today in Geneva. Deputy Secretary Sherman was accompanied by Lt. Gen. James Mingus, Director of Operations, Joint Staff, and Deputy Foreign Minister Ryabkov was accompanied by Deputy Minister of Defense Col. Gen. Aleksandr Fomin. The Deputy Secretary and Deputy Foreign Minister discussed the bilateral topics both sides would address during the extraordinary meeting of the Strategic Stability Dialogue (SSD) January 10. The Deputy Secretary stressed the United States’ commitment to the international principles of sovereignty, territorial integrity, and the freedom of sovereign nations to choose their own alliances. The Deputy Secretary affirmed that the United States would welcome genuine progress through diplomacy.""",
 ["US", "RU"],
 [("Wendy R. Sherman", ["Deputy Secretary Sherman"], P, "US", "Deputy Secretary of State"),
  ("Sergey Ryabkov", ["Deputy Foreign Minister Ryabkov"], P, "RU", "Deputy Foreign Minister"),
  ("James Mingus", [], P, "US", "Director of Operations, Joint Staff"),
  ("Aleksandr Fomin", [], P, "RU", "Deputy Minister of Defense")],
 [(["Wendy R. Sherman", "Sergey Ryabkov", "James Mingus", "Aleksandr Fomin"], IP, H, "2022-01-09", "Geneva",
   ["Strategic Stability Dialogue", "Sovereignty and freedom to choose alliances"],
   "Deputy Secretary of State Wendy R. Sherman met with Russian Deputy Foreign Minister Sergey Ryabkov today in Geneva."),
  (["US", "RU"], IP, PL, "2022-01-10", None, ["Strategic Stability Dialogue"],
   "The Deputy Secretary and Deputy Foreign Minister discussed the bilateral topics both sides would address during the extraordinary meeting of the Strategic Stability Dialogue (SSD) January 10.")],
 [("Strategic Stability Dialogue", ["Strategic Stability Dialogue (SSD)", "bilateral topics"]),
  ("Sovereignty and freedom to choose alliances", ["sovereignty, territorial integrity, and the freedom of sovereign nations to choose their own alliances"])],
 "other release, headline, date and attribution lines, truncated sentence")

mk("us-2018-pompeo-lavrov-call", "search corpus pages (foreignaffairs.co.nz MIL-OSI copy of a State Department readout); 'Source:' and 'Headline:' lines and the attribution line to the spokesperson removed; published = date of the copy (URL)",
 "https://foreignaffairs.co.nz/2018/07/23/mil-osi-usa-europe-and-eurasia-secretary-pompeos-call-with-russian-foreign-minister-lavrov/",
 "Europe and Eurasia: Secretary Pompeo’s Call With Russian Foreign Minister Lavrov", "2018-07-23",
"""On July 21, Secretary Pompeo spoke with Russian Foreign Minister Sergey Lavrov. They discussed a broad range of issues, some of which were following up from the meeting between President Trump and President Putin. Among the topics discussed was the fact that Russia had violated its commitment in southwest Syria. The two also discussed how to implement ideas on counterterrorism process coordination and the mutual goal of establishing business-to-business dialogue between private, non-governmentally controlled entities in each of our two countries. The need for Russia to provide equal diplomatic access to the United States, at a level that is fair and reciprocal, was also discussed.""",
 ["US", "RU", "SY"],
 [("Pompeo", ["Secretary Pompeo"], P, "US", "Secretary"), ("Sergey Lavrov", ["Foreign Minister Lavrov", "Lavrov"], P, "RU", "Foreign Minister"),
  ("Trump", ["President Trump"], P, "US", "President"), ("Putin", ["President Putin"], P, "RU", "President")],
 [(["Pompeo", "Sergey Lavrov"], PC, H, "2018-07-21", None,
   ["Follow-up to the Trump-Putin meeting", "Southwest Syria", "Counterterrorism coordination", "Business-to-business dialogue", "Diplomatic access"],
   "On July 21, Secretary Pompeo spoke with Russian Foreign Minister Sergey Lavrov."),
  (["Trump", "Putin"], IP, H, None, None, [],
   "They discussed a broad range of issues, some of which were following up from the meeting between President Trump and President Putin.")],
 [("Follow-up to the Trump-Putin meeting", ["following up from the meeting between President Trump and President Putin"]),
  ("Southwest Syria", ["Russia had violated its commitment in southwest Syria"]),
  ("Counterterrorism coordination", ["counterterrorism process coordination"]),
  ("Business-to-business dialogue", ["business-to-business dialogue between private, non-governmentally controlled entities"]),
  ("Diplomatic access", ["equal diplomatic access to the United States"])],
 "source/headline/attribution lines")

mk("us-2021-blinken-le-drian-call", "search corpus pages (STL.News copy of a State Department readout); site date bar, dateline and attribution line to the spokesperson removed",
 "https://stl.news/secretary-blinkens-call-with-french-foreign-minister-le-drian-3/446279/",
 "Secretary Blinken’s Call with French Foreign Minister Le Drian", "2021-05-17",
"""Secretary of State Antony J. Blinken spoke with French Foreign Minister Jean-Yves Le Drian to discuss their shared concern about ongoing violence in Israel, the West Bank, and Gaza and their engagement with partners in the region to bring about calm. Secretary Blinken and Foreign Minister Le Drian also spoke about their cooperation as OSCE Minsk Group Co-Chair Countries and emphasized the need for a long-term political settlement to the Nagorno-Karabakh conflict.""",
 ["FR", "IL"],
 [("Antony J. Blinken", ["Secretary Blinken"], P, "US", "Secretary of State"),
  ("Jean-Yves Le Drian", ["Foreign Minister Le Drian", "Le Drian"], P, "FR", "Foreign Minister"),
  ("OSCE Minsk Group", [], O, None, None)],
 [(["Antony J. Blinken", "Jean-Yves Le Drian"], PC, H, "2021-05-17", None, ["Israel-Gaza violence", "Nagorno-Karabakh conflict"],
   "Secretary of State Antony J. Blinken spoke with French Foreign Minister Jean-Yves Le Drian to discuss their shared concern about ongoing violence in Israel, the West Bank, and Gaza and their engagement with partners in the region to bring about calm.")],
 [("Israel-Gaza violence", ["ongoing violence in Israel, the West Bank, and Gaza", "bring about calm"]),
  ("Nagorno-Karabakh conflict", ["long-term political settlement to the Nagorno-Karabakh conflict", "OSCE Minsk Group Co-Chair Countries"])],
 "date bar, dateline, attribution")

mk("ru-2020-lavrov-maas-call", "search corpus pages (Teller Report, citing the Russian Foreign Ministry); site name, time stamp and 'Similar news' removed",
 "https://www.tellerreport.com/amp/2020-05-19-lavrov-held-telephone-talks-with-german-foreign-minister.HJ7pyjbiI.html",
 "Lavrov held telephone talks with German Foreign Minister", "2020-05-19",
"""During a telephone conversation, Russian Foreign Minister Sergei Lavrov and his German counterpart Heiko Maas discussed bilateral cooperation and coordination of efforts in the fight against COVID-19 coronavirus infection.

“Actual issues of bilateral Russian-German relations and a number of international topics were discussed,” the Russian Foreign Ministry said.

It is clarified that the ministers also discussed the settlement of the conflict in eastern Ukraine and the coordination of global efforts to "counter the COVID-19 pandemic."

On May 6, Lavrov held telephone conversations with US Secretary of State Mike Pompeo.""",
 ["RU", "DE", "UA", "US"],
 [("Sergei Lavrov", ["Lavrov"], P, "RU", "Foreign Minister"), ("Heiko Maas", [], P, "DE", "Foreign Minister"),
  ("Russian Foreign Ministry", [], O, "RU", None), ("Mike Pompeo", [], P, "US", "Secretary of State")],
 [(["Sergei Lavrov", "Heiko Maas"], PC, H, "2020-05-19", None, ["Russia-Germany relations", "COVID-19 pandemic", "Conflict in eastern Ukraine"],
   "During a telephone conversation, Russian Foreign Minister Sergei Lavrov and his German counterpart Heiko Maas discussed bilateral cooperation and coordination of efforts in the fight against COVID-19 coronavirus infection."),
  (["Sergei Lavrov", "Mike Pompeo"], PC, H, "2020-05-06", None, [],
   "On May 6, Lavrov held telephone conversations with US Secretary of State Mike Pompeo.")],
 [("Russia-Germany relations", ["bilateral cooperation", "bilateral Russian-German relations"]),
  ("COVID-19 pandemic", ["fight against COVID-19 coronavirus infection", "counter the COVID-19 pandemic"]),
  ("Conflict in eastern Ukraine", ["settlement of the conflict in eastern Ukraine"])],
 "site name, time stamp, 'Similar news'")
