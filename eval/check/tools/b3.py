from mk import *

NATO = ("NATO", [], O, None, None)

mk("nato-2018-stoltenberg-washington",
 "search corpus pages (NATO news item, nato.int); date and 'Last updated' lines and a photo caption removed",
 "https://www.nato.int/cps/en/natohq/news_158024.htm",
 "NATO Secretary General visits Washington DC", "2018-09-13",
"""NATO Secretary General Jens Stoltenberg met with US Secretary of State Mike Pompeo and Secretary of Defense James Mattis on Thursday (13 September 2018) to discuss NATO’s continued adaptation, fairer burden-sharing within the Alliance, the implementation of the decisions taken at the NATO Summit in July and preparations for upcoming NATO ministerials.

During his visit, the Secretary General also met the Assistant to the President and National Security Advisor, Ambassador John Bolton.

Mr Stoltenberg met with members of the US Senate NATO Observer Group and of the Foreign Relations Committee, as well as Members of the House of Representatives. They discussed the importance of the Alliance to the security of the US, as well as current security challenges.

On Friday (14 September), the Secretary General will deliver a keynote speech at the Heritage Foundation on the value of NATO in the 21st century.""",
 ["US"],
 [("Jens Stoltenberg", ["Mr Stoltenberg"], P, None, "NATO Secretary General"),
  ("Mike Pompeo", [], P, "US", "Secretary of State"),
  ("James Mattis", [], P, "US", "Secretary of Defense"),
  ("John Bolton", ["Ambassador John Bolton"], P, "US", "Assistant to the President and National Security Advisor"),
  NATO,
  ("US Senate NATO Observer Group", [], O, "US", None),
  ("Foreign Relations Committee", [], O, "US", None),
  ("House of Representatives", [], O, "US", None)],
 [(["Jens Stoltenberg", "Mike Pompeo", "James Mattis"], IP, H, "2018-09-13", None,
   ["NATO adaptation", "Burden-sharing", "NATO Summit decisions", "NATO ministerials"],
   "NATO Secretary General Jens Stoltenberg met with US Secretary of State Mike Pompeo and Secretary of Defense James Mattis on Thursday (13 September 2018) to discuss NATO’s continued adaptation, fairer burden-sharing within the Alliance, the implementation of the decisions taken at the NATO Summit in July and preparations for upcoming NATO ministerials."),
  (["Jens Stoltenberg", "John Bolton"], IP, H, "2018-09", None, [],
   "During his visit, the Secretary General also met the Assistant to the President and National Security Advisor, Ambassador John Bolton."),
  (["Jens Stoltenberg", "US Senate NATO Observer Group", "Foreign Relations Committee", "House of Representatives"], IP, H, "2018-09", None,
   ["NATO and US security", "Security challenges"],
   "Mr Stoltenberg met with members of the US Senate NATO Observer Group and of the Foreign Relations Committee, as well as Members of the House of Representatives."),
  (["NATO"], ML, H, "2018-07", None, [],
   "NATO Secretary General Jens Stoltenberg met with US Secretary of State Mike Pompeo and Secretary of Defense James Mattis on Thursday (13 September 2018) to discuss NATO’s continued adaptation, fairer burden-sharing within the Alliance, the implementation of the decisions taken at the NATO Summit in July and preparations for upcoming NATO ministerials.")],
 [("NATO adaptation", ["NATO’s continued adaptation"]),
  ("Burden-sharing", ["fairer burden-sharing within the Alliance"]),
  ("NATO Summit decisions", ["implementation of the decisions taken at the NATO Summit in July"]),
  ("NATO ministerials", ["preparations for upcoming NATO ministerials"]),
  ("NATO and US security", ["importance of the Alliance to the security of the US"]),
  ("Security challenges", ["current security challenges"])],
 "date lines, photo caption")

mk("nato-2018-stoltenberg-skvernelis",
 "search corpus pages (NATO news item, nato.int); headline and trailing 'Read the transcript of the press point here.' link removed",
 "https://www.nato.int/cps/en/natohq/news_160444.htm",
 "Secretary General praises Lithuania’s contributions to NATO", "2018-11-19",
"""Secretary General Jens Stoltenberg welcomed Lithuanian Prime Minister Saulius Skvernelis to NATO Headquarters on Monday (19 November 2018). The two leaders met to discuss NATO’s continuing adaptation to the security situation in Europe. The Secretary General praised Lithuania’s contributions to NATO missions, commitment to defence spending and expertise on energy security. He also thanked Lithuania for hosting exercise Iron Wolf 2018, bringing together thirteen Allies and providing training for one of four NATO battlegroups in the region.""",
 ["LT"],
 [("Jens Stoltenberg", [], P, None, "Secretary General"),
  ("Saulius Skvernelis", [], P, "LT", "Prime Minister"),
  NATO],
 [(["Jens Stoltenberg", "Saulius Skvernelis"], IP, H, "2018-11-19", "NATO Headquarters",
   ["NATO adaptation", "Lithuania's contributions to NATO", "Defence spending", "Energy security", "Exercise Iron Wolf 2018"],
   "Secretary General Jens Stoltenberg welcomed Lithuanian Prime Minister Saulius Skvernelis to NATO Headquarters on Monday (19 November 2018).")],
 [("NATO adaptation", ["NATO’s continuing adaptation to the security situation in Europe"]),
  ("Lithuania's contributions to NATO", ["Lithuania’s contributions to NATO missions"]),
  ("Defence spending", ["commitment to defence spending"]),
  ("Energy security", ["expertise on energy security"]),
  ("Exercise Iron Wolf 2018", ["exercise Iron Wolf 2018"])],
 "headline, transcript link")

mk("news-1995-reuters-bosnia-geneva-talks",
 "search corpus pages (archive95 copy of a Reuters New Media story on Yahoo, 2 September 1995); archive header, Yahoo navigation bars, time stamp, headline and the last, truncated word ('D') removed",
 "http://archive95.wumbo.space/view-einblicke/http://www.yahoo.com/headlines/current/news/stories/bosnia.html",
 "U.S. Pushes Serbs to Peace Negotiations", "1995-09-02",
"""BELGRADE, Serbia (Reuter) - The United States has achieved a breakthrough in diplomatic efforts to end four years of war in the Balkans by arranging a face-to-face meeting next week of the foreign ministers of Bosnia, Croatia and Serbia.

The U.S. triumph was the result of a risky twin-track strategy of shuttle talks coupled with an unprecedented NATO bombardment of Bosnian Serb forces to punish them for shelling Sarajevo and convince them to accept talks.

NATO interrupted its bombing operation on Friday, after flying more than 500 sorties since Wednesday, to allow the U.N. commander in former Yugoslavia, General Bernard Janvier, to meet Bosnian Serb military chief Ratko Mladic to try to persuade him to lift the siege of Sarajevo.

The U.S. announcement that the three ministers would meet in Geneva late next week was made simultaneously in Washington and Belgrade on Friday evening.

U.S. peace envoy Richard Holbrooke said the meeting in the Swiss city would be held under the auspices of the five-power Contact Group to start laying the groundwork for a summit deal to end four years of war in former Yugoslavia.

``We hope it will change the momentum of war to the momentum of peace,'' said Holbrooke, who has led frantic U.S. shuttle diplomacy to win support for his country's peace initiative.

President Clinton hailed the scheduling of a new round of Bosnia peace talks in Geneva as a ``positive step,'' but said much remained to be done.

The U.N. has demanded the Bosnian Serbs pull all their heavy weapons out of range of Sarajevo and stop threatening other ``safe areas'' as a condition for permanently ending the NATO military campaign against them.""",
 ["US", "BA", "HR", "RS", "CH"],
 [("Richard Holbrooke", ["Holbrooke"], P, "US", "peace envoy"),
  ("Bernard Janvier", ["General Bernard Janvier"], P, None, "U.N. commander in former Yugoslavia"),
  ("Ratko Mladic", [], P, "BA", "Bosnian Serb military chief"),
  ("Clinton", ["President Clinton"], P, "US", "President"),
  NATO,
  ("U.N.", [], O, None, None),
  ("Contact Group", [], O, None, None)],
 [(["BA", "HR", "RS", "Contact Group"], ML, PL, "1995-09", "Geneva", ["Bosnian war"],
   "BELGRADE, Serbia (Reuter) - The United States has achieved a breakthrough in diplomatic efforts to end four years of war in the Balkans by arranging a face-to-face meeting next week of the foreign ministers of Bosnia, Croatia and Serbia."),
  (["Bernard Janvier", "Ratko Mladic"], IP, PL, "1995-09-01", None, ["Siege of Sarajevo"],
   "NATO interrupted its bombing operation on Friday, after flying more than 500 sorties since Wednesday, to allow the U.N. commander in former Yugoslavia, General Bernard Janvier, to meet Bosnian Serb military chief Ratko Mladic to try to persuade him to lift the siege of Sarajevo.")],
 [("Bosnian war", ["four years of war in the Balkans", "four years of war in former Yugoslavia", "Bosnia peace talks", "summit deal"]),
  ("Siege of Sarajevo", ["siege of Sarajevo", "shelling Sarajevo"]),
  ("NATO bombing campaign", ["NATO bombardment of Bosnian Serb forces", "NATO military campaign"])],
 "archive header, navigation, time stamp, headline, truncated last word")

mk("news-1994-hurd-juppe-milosevic-belgrade",
 "search corpus pages (The Independent, London; no date on the page, December 1994 from the story); 'Click to follow' / 'The Independent Online' lines and the last, truncated sentence ('After meeting Mr H') removed",
 "http://www.independent.co.uk/news/milosevic-supports-peace-moves-1389049.html",
 "Milosevic supports peace moves", None,
"""Slobodan Milosevic, the President of Serbia, yesterday said that he would support new international efforts to bring peace to Bosnia.

''We all agreed that there could be no military solution, that the only answer is a negotiated solution,'' said Douglas Hurd, the Foreign Secretary, after meeting the Serbian leader. But he added: ''We don't feel that we have much time.''

Mr Milosevic's support could help to put pressure on the Bosnian Serbs to agree to a ceasefire. But time is short with the West increasingly uncertain about how long UN peace-keepers can remain in Bosnia and a continuing threat that the US Congress will lift the arms embargo on the Bosnian government.

In a private session, Mr Hurd and the French Foreign Minister, Alain Juppe, warned the Serbian President that if things do not improve in Bosnia, the UN peace-keepers are likely to be withdrawn. Mr Milosevic interrupted to say that this would be very dangerous. Today, Malcolm Rifkind, the Minister of Defence, is to fly to the Croatian port of Split for urgent talks with the UN commander in Bosnia, Lieutenant-General Sir Michael Rose, amid speculation that Mr Rifkind could be coming to consult General Rose about plans to pull the British contingent of several thousand peace-keepers out of Bosnia.

In Belgrade Mr Hurd said that the risks to the peace-keepers were ''completely unacceptable'' and said this made a rapid deal vital. Mr Juppe said: ''We wanted to stress the urgency, and I underline the word urgency, of a ceasefire and a cessation of violence.''

Newt Gingrich, the incoming Republican House Speaker, yesterday said UN troops should be withdrawn from Yugoslavia, and urged the training and arming of Bosnian forces and retaliation by US air power against any Serbian offensive. ''When we get to a serious problem, with serious violence, the United Nations is literally incompetent and kills people,'' he said.""",
 ["RS", "BA", "GB", "FR", "HR", "US", "YU"],
 [("Slobodan Milosevic", ["Mr Milosevic"], P, "RS", "President of Serbia"),
  ("Douglas Hurd", ["Mr Hurd"], P, "GB", "Foreign Secretary"),
  ("Alain Juppe", ["Mr Juppe"], P, "FR", "Foreign Minister"),
  ("Malcolm Rifkind", ["Mr Rifkind"], P, "GB", "Minister of Defence"),
  ("Michael Rose", ["Lieutenant-General Sir Michael Rose", "General Rose"], P, None, "UN commander in Bosnia"),
  ("Newt Gingrich", [], P, "US", "incoming Republican House Speaker"),
  ("United Nations", ["UN"], O, None, None),
  ("US Congress", [], O, "US", None)],
 [(["Douglas Hurd", "Alain Juppe", "Slobodan Milosevic"], ML, H, None, "Belgrade",
   ["Bosnia peace process", "Withdrawal of UN peace-keepers"],
   "''We all agreed that there could be no military solution, that the only answer is a negotiated solution,'' said Douglas Hurd, the Foreign Secretary, after meeting the Serbian leader."),
  (["Malcolm Rifkind", "Michael Rose"], IP, PL, None, "Split", ["Withdrawal of UN peace-keepers"],
   "Today, Malcolm Rifkind, the Minister of Defence, is to fly to the Croatian port of Split for urgent talks with the UN commander in Bosnia, Lieutenant-General Sir Michael Rose, amid speculation that Mr Rifkind could be coming to consult General Rose about plans to pull the British contingent of several thousand peace-keepers out of Bosnia.")],
 [("Bosnia peace process", ["new international efforts to bring peace to Bosnia", "negotiated solution", "ceasefire", "a ceasefire and a cessation of violence"]),
  ("Withdrawal of UN peace-keepers", ["the UN peace-keepers are likely to be withdrawn", "plans to pull the British contingent of several thousand peace-keepers out of Bosnia", "risks to the peace-keepers"]),
  ("Bosnian arms embargo", ["lift the arms embargo on the Bosnian government"])],
 "'Click to follow' lines, truncated last sentence")

mk("cn-2000-zhu-putin-beijing",
 "search corpus pages (People's Daily Online, English print page, 18 July 2000); page label 'Chinese Premier Meets Russian President', headline, the photo label 'Premier Zhu Rongji Met with Putin' and the site footer removed; published from the URL",
 "http://en.people.cn/english/200007/18/print20000718_45772.html",
 "Chinese Premier Holds Talks with Russian President", "2000-07-18",
"""Premier Zhu Rongji met with visiting Russian President Vladimir Putin at the Great Hall of the People Tuesday afternoon.

Zhu said that Putin is known to many ordinary Chinese although it is the president's first visit to China since he became Russian president.

Zhu also said that China is making all preparations for the upcoming regular meeting between Chinese premier and Russian prime minister in October.

This morning, Chinese President Jiang Zemin held formal talks with Putin and the two heads of state singed a number of important documents.

Sources close to Chinese Foreign Ministry said Putin will also meet with Li Ruihuan, chairman of the National Committee of the Chinese People's Political Consultative Conference, and Li Peng, chairman of the Standing Committee of the Chinese National People's Congress, later this afternoon.""",
 ["CN", "RU"],
 [("Zhu Rongji", ["Zhu"], P, "CN", "Premier"),
  ("Vladimir Putin", ["Putin"], P, "RU", "President"),
  ("Jiang Zemin", [], P, "CN", "President"),
  ("Li Ruihuan", [], P, "CN", "chairman of the National Committee of the Chinese People's Political Consultative Conference"),
  ("Li Peng", [], P, "CN", "chairman of the Standing Committee of the Chinese National People's Congress"),
  ("Chinese Foreign Ministry", [], O, "CN", None),
  ("National Committee of the Chinese People's Political Consultative Conference", [], O, "CN", None),
  ("Standing Committee of the Chinese National People's Congress", [], O, "CN", None)],
 [(["Zhu Rongji", "Vladimir Putin"], IP, H, "2000-07-18", "Great Hall of the People", ["China-Russia prime ministers' regular meeting"],
   "Premier Zhu Rongji met with visiting Russian President Vladimir Putin at the Great Hall of the People Tuesday afternoon."),
  (["Zhu Rongji", "RU"], IP, PL, "2000-10", None, [],
   "Zhu also said that China is making all preparations for the upcoming regular meeting between Chinese premier and Russian prime minister in October."),
  (["Jiang Zemin", "Vladimir Putin"], IP, H, "2000-07-18", None, [],
   "This morning, Chinese President Jiang Zemin held formal talks with Putin and the two heads of state singed a number of important documents."),
  (["Vladimir Putin", "Li Ruihuan"], IP, PL, "2000-07-18", None, [],
   "Sources close to Chinese Foreign Ministry said Putin will also meet with Li Ruihuan, chairman of the National Committee of the Chinese People's Political Consultative Conference, and Li Peng, chairman of the Standing Committee of the Chinese National People's Congress, later this afternoon."),
  (["Vladimir Putin", "Li Peng"], IP, PL, "2000-07-18", None, [],
   "Sources close to Chinese Foreign Ministry said Putin will also meet with Li Ruihuan, chairman of the National Committee of the Chinese People's Political Consultative Conference, and Li Peng, chairman of the Standing Committee of the Chinese National People's Congress, later this afternoon.")],
 [("China-Russia prime ministers' regular meeting", ["upcoming regular meeting between Chinese premier and Russian prime minister"])],
 "page label, headline, photo label, site footer")

mk("news-1993-li-peng-chuan-beijing",
 "search corpus pages (South China Morning Post archive; no date on the page, 1993 from the events); topic tag and 'Get more with myNEWS' box removed, and the last, truncated sentence ('Yesterday's talks, ... the Cambodian question')",
 "https://www.scmp.com/article/41940/premier-set-full-duties",
 "Premier set for full duties", None,
"""LOOKING tanned and relaxed from his sojourn at the beach resort of Beidaihe, Chinese Prime Minister Li Peng stepped into the public spotlight again yesterday formally welcoming his Thai counterpart Chuan Leekpai to Beijing.

Mr Li declared himself to be in ''very good'' health and strongly hinted that he was ready for a full resumption of his duties.

''I am working already. Look at this today,'' Mr Li said before his meeting with Mr Chuan at the Diaoyutai State Guesthouse.

The Foreign Ministry spokesman, Wu Jianmin, said at press conference later that the premier had ''made an excellent recovery'' and would be holding talks with Indian Prime Minister P.V. Narasimha Rao when he arrived in Beijing in early September.

Mr Wu also said the premier had ''accepted with pleasure'' an invitation to visit Thailand at his convenience.

Prior to the talks at Diaoyutai's Villa No 17, Mr Li had presided over the formal welcoming ceremony for Mr Chuan at the Great Hall of the People.

The two men stood side by side on a podium beneath the main eastern entrance to the hall while a military band played the two national anthems amid a 19-gun salute.

Wearing a dark green suit and greyish-blue tie, Mr Li then escorted his guest slowly across a red carpet to review the honour guard of soldiers from the army, navy and air force lined up in tight formation with their backs to Tiananmen Square.

Mr Li still appeared to have a slight paunch but his face was noticeably thinner. There was little interchange between the two leaders and Mr Li only occasionally forced a smile before disappearing into his limousine bound for Diaoyutai.""",
 ["CN", "TH", "IN"],
 [("Li Peng", ["Mr Li"], P, "CN", "Prime Minister"),
  ("Chuan Leekpai", ["Mr Chuan"], P, "TH", "Prime Minister"),
  ("Wu Jianmin", ["Mr Wu"], P, "CN", "Foreign Ministry spokesman"),
  ("P.V. Narasimha Rao", [], P, "IN", "Prime Minister")],
 [(["Li Peng", "Chuan Leekpai"], IP, H, None, "Diaoyutai State Guesthouse", [],
   "''I am working already. Look at this today,'' Mr Li said before his meeting with Mr Chuan at the Diaoyutai State Guesthouse."),
  (["Li Peng", "P.V. Narasimha Rao"], IP, PL, None, "Beijing", [],
   "The Foreign Ministry spokesman, Wu Jianmin, said at press conference later that the premier had ''made an excellent recovery'' and would be holding talks with Indian Prime Minister P.V. Narasimha Rao when he arrived in Beijing in early September."),
  (["Li Peng", "TH"], IP, PL, None, "Thailand", [],
   "Mr Wu also said the premier had ''accepted with pleasure'' an invitation to visit Thailand at his convenience.")],
 [],
 "topic tag, myNEWS box, truncated last sentence")

mk("ng-2023-tinubu-embalo-lagos",
 "search corpus pages (Channels Television, Nigeria); nothing removed; published from the URL",
 "https://www.channelstv.com/2023/07/01/guinea-bissau-president-visits-tinubu-in-lagos/",
 "Guinea-Bissau President Visits Tinubu In Lagos", "2023-07-01",
"""President Bola Tinubu has received the President of Guinea-Bissau, Umaro Sissoco Embalo in Lagos.

Embalo, who is also the Chairman, ECOWAS Authority of Heads of State and Government, paid a private visit to his Nigerian counterpart on Saturday.

Tinubu has been spending the Sallah holiday in Lagos since his return from London on Tuesday.

Embalo’s visit to Tinubu is the first by an African President since the Nigerian leader’s inauguration on May 29.

Though details of the visit have not been made public, it may not be unconnected with Nigeria’s position as one of the most influential nations in the Economic Community of West African States and the African Union.

On issues concerning Africa and ECOWAS, Tinubu on June 13 received former President Goodluck Jonathan, who doubles as the Head of the ECOWAS Mediation Team to Mali and the Chairman of the West African Elders Forum.

The former Nigerian leader had noted that the visit was to discuss issues pertaining to Africa and the West African subregion.

“I came to brief the president about some continental and subcontinental bodies,” he told journalists on his exit from the State House in Abuja.""",
 ["NG", "GW", "ML"],
 [("Bola Tinubu", ["Tinubu"], P, "NG", "President"),
  ("Umaro Sissoco Embalo", ["Embalo"], P, "GW", "President"),
  ("Goodluck Jonathan", [], P, "NG", "former President"),
  ("Economic Community of West African States", ["ECOWAS"], O, None, None),
  ("African Union", [], O, None, None)],
 [(["Bola Tinubu", "Umaro Sissoco Embalo"], IP, H, "2023-07-01", "Lagos", [],
   "President Bola Tinubu has received the President of Guinea-Bissau, Umaro Sissoco Embalo in Lagos."),
  (["Bola Tinubu", "Goodluck Jonathan"], IP, H, "2023-06-13", "State House", ["African and West African affairs"],
   "On issues concerning Africa and ECOWAS, Tinubu on June 13 received former President Goodluck Jonathan, who doubles as the Head of the ECOWAS Mediation Team to Mali and the Chairman of the West African Elders Forum.")],
 [("African and West African affairs", ["issues concerning Africa and ECOWAS", "issues pertaining to Africa and the West African subregion", "some continental and subcontinental bodies"])],
 "nothing")

mk("au-2021-faki-ethiopia-statement",
 "search corpus pages (Pulse Ghana copy of an APO release of the African Union Commission); breadcrumb 'RADP / Pulse Ghana > APO' and headline removed",
 "https://www.pulse.com.gh/apo/statement-of-the-chairperson-of-the-african-union-commission-on-the-situation-in-the/7y2k7yc",
 "Statement of the Chairperson of the African Union Commission on the situation in the Federal Democratic Republic of Ethiopia", "2021-11-04",
"""The Chairperson of the African Union Commission Moussa Faki Mahamat is following with deep concern the escalation of military confrontation in the Federal Democratic Republic of Ethiopia.

The Chairperson recalls his statement of 9 November 2020, and once again urges all parties to safeguard the territorial integrity, unity and national sovereignty of the the Federal Democratic Republic of Ethiopia. He further urges the parties to engage in dialogue to seek a peaceful solution in the interests of the country.

In this regard, the Chairperson calls for the immediate cessation of hostilities, the full respect for the life and property of civilians, as well as state infrastructure.

The Chairperson further call on the parties to urge their supporters against acts of reprisal against any community, and refrain from hate speech and incitement to violence and divisiveness.

The Chairperson reminds the parties of their international obligations regarding compliance with international humanitarian and human rights law, with particular regard to the protection of civilians and ensuring access to humanitarian assistance by communities in need.

The Chairperson reiterates the African Union’s continued commitment to work with the parties in support of a consensual political process.

To this end, the Chairperson calls on the parties to engage with the AU High Representative for the Horn of Africa, former Nigerian President H.E Olusegun Obasanjo.""",
 ["ET", "NG"],
 [("Moussa Faki Mahamat", [], P, None, "Chairperson of the African Union Commission"),
  ("African Union Commission", [], O, None, None),
  ("African Union", ["AU"], O, None, None),
  ("Olusegun Obasanjo", [], P, "NG", "AU High Representative for the Horn of Africa")],
 [],
 [("Ethiopia conflict", ["escalation of military confrontation in the Federal Democratic Republic of Ethiopia"]),
  ("Territorial integrity of Ethiopia", ["territorial integrity, unity and national sovereignty"]),
  ("Cessation of hostilities", ["immediate cessation of hostilities"]),
  ("Protection of civilians", ["full respect for the life and property of civilians", "protection of civilians"]),
  ("Hate speech", ["hate speech and incitement to violence and divisiveness", "acts of reprisal"]),
  ("Humanitarian access", ["access to humanitarian assistance by communities in need", "international humanitarian and human rights law"]),
  ("Ethiopian political process", ["consensual political process", "dialogue to seek a peaceful solution"])],
 "breadcrumb, headline")

mk("au-2024-faki-el-fasher-statement",
 "search corpus pages (AllAfrica copy of an African Union Commission press release); nothing removed; the page headline is not in the stored excerpt (title null)",
 "https://allafrica.com/stories/202404270038.html",
 None, "2024-04-27",
"""The Chairperson of the Commission of the African Union, Moussa Faki Mahamat, is monitoring with deep concern the reports of alarming deterioration in the humanitarian and security situation in El Fasher, North Darfur.

The Chairperson notes that the significant build-up of fighters and weapons in the vicinity of El Fasher, poses a grave threat to the lives, property and livelihoods of millions in North Darfur, and complicates an already difficult peace-making process.

The Chairperson calls on the belligerents to immediately cease fighting, return to the local truce in El Fasher, begin the implementation of the May 2023 Jeddah Ceasefire Agreement, and unconditionally resume a new round of talks, to achieve a lasting and comprehensive cessation of hostilities, in line with the AU and IGAD Roadmaps.

Additionally, the Chairperson unequivocally condemns external interference and reiterates the Africa Union demand for foreign countries to cease immediately, the supply of weapons to the belligerents in clear violation of legally binding UN Security Council sanctions.

In particular, the Chairperson renews his call on all Sudanese actors to support the efforts of the AU High Level Panel on Sudan to convene a preparatory process for an all-inclusive Sudan political dialogue soon.

The Chairperson calls on the international community to align its efforts with the joint initiatives of the AU, IGAD, UN and League of Arab States, to end the continued unwarranted and unjustified fighting, and collaborate to put in place an inclusive, consensual, civilian-led political transition that will meet the aspirations of the Sudanese people for durable peace and stability through the restoration of constitutional order and democratic governance.""",
 ["SD"],
 [("Moussa Faki Mahamat", [], P, None, "Chairperson of the Commission of the African Union"),
  ("African Union", ["AU", "Africa Union"], O, None, None),
  ("IGAD", [], O, None, None),
  ("UN Security Council", [], O, None, None),
  ("AU High Level Panel on Sudan", [], O, None, None),
  ("UN", [], O, None, None),
  ("League of Arab States", [], O, None, None)],
 [],
 [("El Fasher crisis", ["humanitarian and security situation in El Fasher, North Darfur", "build-up of fighters and weapons in the vicinity of El Fasher", "local truce in El Fasher"]),
  ("Jeddah Ceasefire Agreement", ["May 2023 Jeddah Ceasefire Agreement"]),
  ("Cessation of hostilities in Sudan", ["lasting and comprehensive cessation of hostilities", "AU and IGAD Roadmaps"]),
  ("Arms supply to the belligerents", ["external interference", "supply of weapons to the belligerents", "UN Security Council sanctions"]),
  ("Sudan political dialogue", ["all-inclusive Sudan political dialogue", "civilian-led political transition"])],
 "nothing")
