from mk import *

JS = ("S Jaishankar", ["Dr S Jaishankar", "Dr. Jaishankar", "Dr Jaishankar"], P, "IN", "External Affairs Minister")
t = """External Affairs Minister Dr S Jaishankar held a series of bilateral meetings on Wednesday with his counterparts on the sidelines of the G20 Foreign Ministers Meet in New Delhi. He had wide-ranging discussions with Foreign Ministers of several countries on various bilateral issues and global agendas.

Dr. Jaishankar and Russian Foreign Minister Sergey Lavrov exchanged their views on bilateral cooperation and G20 issues. During his meeting with Nigerian Foreign Minister Geoffrey Onyeama, Dr Jaishankar underlined the country’s strong commitment to the Global South and the interests of the African Union. Both the leaders noted recent developments in bilateral cooperation, especially in educational exchanges and welcomed direct flights between the two countries. Dr. Jaishankar took up the MV Heroic Idun issue and pressed for the early repatriation of crew members.

Dr Jaishankar also met European Union High Representative for Foreign Affairs and Security Policy, Josep Borrell Fontelles. Their conversation focused on the G20 agenda and the Ukraine conflict. They appreciated the steady growth of India-EU cooperation. The External Affairs Minister also met his Mexico counterpart, Marcelo Ebrard. They noted the strong multilateral cooperation and discussed the G20 agenda. Their discussion focused on issues related to growth and development. They also exchanged ideas on mobility, sustainability and innovation. Dr Jaishankar said bilateral ties have progressed significantly in recent years. He welcomed the opening of the Mexican Consulate in Mumbai.

Dr. Jaishankar also met with the Foreign Minister of the Netherlands Wopke Hoekstra."""
E1 = "External Affairs Minister Dr S Jaishankar held a series of bilateral meetings on Wednesday with his counterparts on the sidelines of the G20 Foreign Ministers Meet in New Delhi."
mk("in-2023-jaishankar-g20-delhi-bilaterals", "search corpus pages (The Indian Awaaz); site masthead and date stamp removed, and the last, truncated sentence",
 "https://theindianawaaz.com/eam-jaishankar-holds-series-of-bilateral-talks-with-his-counterparts-from-several-countries-on-sidelines-of-g20-meeting/?utm_source=rss&utm_medium=rss&utm_campaign=eam-jaishankar-holds-series-of-bilateral-talks-with-his-counterparts-from-several-countries-on-sidelines-of-g20-meeting",
 "EAM Jaishankar holds series of bilateral talks with his counterparts from several countries on sidelines of G20 meeting", "2023-03-01", t,
 ["IN", "RU", "NG", "MX", "NL"],
 [JS, ("Sergey Lavrov", [], P, "RU", "Foreign Minister"), ("Geoffrey Onyeama", [], P, "NG", "Foreign Minister"),
  ("Josep Borrell Fontelles", [], P, None, "European Union High Representative for Foreign Affairs and Security Policy"),
  ("Marcelo Ebrard", [], P, "MX", "Foreign Minister"), ("Wopke Hoekstra", [], P, "NL", "Foreign Minister"),
  ("G20", [], O, None, None), ("African Union", [], O, None, None), ("European Union", ["EU"], O, None, None)],
 [(["S Jaishankar", "Sergey Lavrov"], IP, H, "2023-03-01", "New Delhi", ["India-Russia cooperation", "G20 agenda"],
   "Dr. Jaishankar and Russian Foreign Minister Sergey Lavrov exchanged their views on bilateral cooperation and G20 issues."),
  (["S Jaishankar", "Geoffrey Onyeama"], IP, H, "2023-03-01", "New Delhi", ["Global South", "India-Nigeria cooperation", "MV Heroic Idun crew"],
   "During his meeting with Nigerian Foreign Minister Geoffrey Onyeama, Dr Jaishankar underlined the country’s strong commitment to the Global South and the interests of the African Union."),
  (["S Jaishankar", "Josep Borrell Fontelles"], IP, H, "2023-03-01", "New Delhi", ["G20 agenda", "Ukraine conflict", "India-EU cooperation"],
   "Dr Jaishankar also met European Union High Representative for Foreign Affairs and Security Policy, Josep Borrell Fontelles."),
  (["S Jaishankar", "Marcelo Ebrard"], IP, H, "2023-03-01", "New Delhi", ["G20 agenda", "India-Mexico relations"],
   "The External Affairs Minister also met his Mexico counterpart, Marcelo Ebrard."),
  (["S Jaishankar", "Wopke Hoekstra"], IP, H, "2023-03-01", "New Delhi", [],
   "Dr. Jaishankar also met with the Foreign Minister of the Netherlands Wopke Hoekstra."),
  (["G20", "S Jaishankar"], ML, H, "2023-03", "New Delhi", [], E1)],
 [("G20 agenda", ["G20 issues", "G20 agenda"]), ("India-Russia cooperation", ["bilateral cooperation"]),
  ("Global South", ["commitment to the Global South", "interests of the African Union"]),
  ("India-Nigeria cooperation", ["educational exchanges", "direct flights between the two countries"]),
  ("MV Heroic Idun crew", ["MV Heroic Idun issue", "early repatriation of crew members"]),
  ("Ukraine conflict", ["Ukraine conflict"]), ("India-EU cooperation", ["India-EU cooperation"]),
  ("India-Mexico relations", ["growth and development", "mobility, sustainability and innovation", "opening of the Mexican Consulate in Mumbai"])],
 "masthead, date stamp, truncated last sentence")

t = """External Affairs Minister Sushma Swaraj Friday held bilateral talks with her counterparts from Islamic countries like the UAE, Saudi Arabia, the Maldives and Bahrain and exchanged views on the regional situation.

After addressing the Organisation of Islamic Cooperation meeting here, Swaraj held talks with host UAE's Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan and thanked him for inviting India as a 'Guest of Honour' for the first time in the history of the OIC and that too on the occasion of the grouping's golden jubilee.

Saudi Minister of State for Foreign Affairs Adel bin Ahmed Al-Jubeir also welcomed India at the OIC meeting as the guest of honour and discussed bilateral issues with Swaraj.

Swaraj held talks with Maldives Foreign Minister Abdulla Shahid and discussed follow up to President Ibrahim Mohamed Solih's visit to India in December last year and exchanged views on the regional situation, MEA spokesperson Raveesh Kumar tweeted.

On the sidelines of the OIC meeting, Swaraj also held talks with Uzbekistan Foreign Minister Abdulaziz Kamilov and discussed follow up to the first India-Central Asia Dialogue in Samarkand as well as took stock of progress in bilateral relationship.

She held bilateral meetings with Bahrain Foreign Minister Khalid bin Ahmed bin Mohammed Al Khalifa and Bangladesh's AK Abdul Momen.

Swaraj was the first Indian minister to address the meeting of the 57 Islamic countries."""
SS = "Sushma Swaraj"
mk("in-2019-swaraj-oic-bilaterals", "search corpus pages (Moneycontrol, PTI copy); site bar, 'Last Updated' line, headline, teaser paragraph, share links and the last, truncated sentence removed",
 "https://www.moneycontrol.com/news/india/sushma-swaraj-holds-bilateral-talks-with-counterparts-from-uae-s-arabia-maldives-bahrain-3600701.html",
 "Sushma Swaraj holds bilateral talks with counterparts from UAE, S Arabia, Maldives, Bahrain", "2019-03-01", t,
 ["IN", "AE", "SA", "MV", "BH", "UZ", "BD"],
 [(SS, ["Swaraj"], P, "IN", "External Affairs Minister"),
  ("Abdullah bin Zayed Al Nahyan", [], P, "AE", "Foreign Minister"),
  ("Adel bin Ahmed Al-Jubeir", [], P, "SA", "Minister of State for Foreign Affairs"),
  ("Abdulla Shahid", [], P, "MV", "Foreign Minister"), ("Ibrahim Mohamed Solih", [], P, "MV", "President"),
  ("Raveesh Kumar", [], P, "IN", "MEA spokesperson"), ("MEA", [], O, "IN", None),
  ("Abdulaziz Kamilov", [], P, "UZ", "Foreign Minister"),
  ("Khalid bin Ahmed bin Mohammed Al Khalifa", [], P, "BH", "Foreign Minister"),
  ("AK Abdul Momen", [], P, "BD", None),
  ("Organisation of Islamic Cooperation", ["OIC"], O, None, None)],
 [(["Organisation of Islamic Cooperation", SS], ML, H, "2019-03-01", None, [],
   "After addressing the Organisation of Islamic Cooperation meeting here, Swaraj held talks with host UAE's Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan and thanked him for inviting India as a 'Guest of Honour' for the first time in the history of the OIC and that too on the occasion of the grouping's golden jubilee."),
  ([SS, "Abdullah bin Zayed Al Nahyan"], IP, H, "2019-03-01", None, ["India as OIC guest of honour", "Regional situation"],
   "After addressing the Organisation of Islamic Cooperation meeting here, Swaraj held talks with host UAE's Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan and thanked him for inviting India as a 'Guest of Honour' for the first time in the history of the OIC and that too on the occasion of the grouping's golden jubilee."),
  ([SS, "Adel bin Ahmed Al-Jubeir"], IP, H, "2019-03-01", None, ["India as OIC guest of honour", "Bilateral issues"],
   "Saudi Minister of State for Foreign Affairs Adel bin Ahmed Al-Jubeir also welcomed India at the OIC meeting as the guest of honour and discussed bilateral issues with Swaraj."),
  ([SS, "Abdulla Shahid"], IP, H, "2019-03-01", None, ["Follow-up to Solih's visit to India", "Regional situation"],
   "Swaraj held talks with Maldives Foreign Minister Abdulla Shahid and discussed follow up to President Ibrahim Mohamed Solih's visit to India in December last year and exchanged views on the regional situation, MEA spokesperson Raveesh Kumar tweeted."),
  (["Ibrahim Mohamed Solih", "IN"], IP, H, "2018-12", "India", [],
   "Swaraj held talks with Maldives Foreign Minister Abdulla Shahid and discussed follow up to President Ibrahim Mohamed Solih's visit to India in December last year and exchanged views on the regional situation, MEA spokesperson Raveesh Kumar tweeted."),
  ([SS, "Abdulaziz Kamilov"], IP, H, "2019-03-01", None, ["India-Central Asia Dialogue", "Bilateral issues"],
   "On the sidelines of the OIC meeting, Swaraj also held talks with Uzbekistan Foreign Minister Abdulaziz Kamilov and discussed follow up to the first India-Central Asia Dialogue in Samarkand as well as took stock of progress in bilateral relationship."),
  (["IN", "UZ"], ML, H, None, "Samarkand", [],
   "On the sidelines of the OIC meeting, Swaraj also held talks with Uzbekistan Foreign Minister Abdulaziz Kamilov and discussed follow up to the first India-Central Asia Dialogue in Samarkand as well as took stock of progress in bilateral relationship."),
  ([SS, "Khalid bin Ahmed bin Mohammed Al Khalifa"], IP, H, "2019-03-01", None, [],
   "She held bilateral meetings with Bahrain Foreign Minister Khalid bin Ahmed bin Mohammed Al Khalifa and Bangladesh's AK Abdul Momen."),
  ([SS, "AK Abdul Momen"], IP, H, "2019-03-01", None, [],
   "She held bilateral meetings with Bahrain Foreign Minister Khalid bin Ahmed bin Mohammed Al Khalifa and Bangladesh's AK Abdul Momen.")],
 [("Regional situation", ["regional situation"]),
  ("India as OIC guest of honour", ["inviting India as a 'Guest of Honour'", "guest of honour"]),
  ("Bilateral issues", ["bilateral issues", "progress in bilateral relationship"]),
  ("Follow-up to Solih's visit to India", ["follow up to President Ibrahim Mohamed Solih's visit to India"]),
  ("India-Central Asia Dialogue", ["follow up to the first India-Central Asia Dialogue in Samarkand"])],
 "site bar, headline, teaser, share links, truncated last sentence")

t = """Colombo, Mar 29 (PTI) External Affairs Minister S Jaishankar on Tuesday held a series of bilateral meetings with his counterparts from Nepal, Bhutan and Bangladesh on the sidelines of the BIMSTEC Ministerial meeting here and discussed cooperation in connectivity, energy and hydropower projects.

“Good to meet FM Narayan Khadka of Nepal on the sidelines of the BIMSTEC Ministerial. Discussed our cooperation in connectivity, energy, fertilizers, health and power. Agreed to focus on taking forward the Ramayan circuit,” he tweeted. Jaishankar on Tuesday participated in the 18th BIMSTEC Ministerial Meeting in Colombo and said the BIMSTEC member states must collectively combat terrorism and violent extremism as he emphasised India’s commitment to intensify, expand areas of cooperation, especially connectivity, energy and maritime.

The Nepalese Foreign Ministry said that the two ministers discussed “matters including the ongoing preparations for Hon. PM’s visit to India” in their meeting. Nepalese Prime Minister Sher Bahadur Deuba would travel to India on Friday on a maiden visit during which he would hold talks with his Indian counterpart Narendra Modi and other leaders to further strengthen the multifaceted, age-old, and cordial ties between the two countries.

Jaishankar also met Bhutanese Foreign Minister Tandi Dorji here and reviewed various projects and initiatives. “Pleasure as always to see @FMBhutan. Discussed our long-standing cooperation in the hydropower sector. Reviewed various other projects and initiatives. Spoke about the Bhutanese talent I saw recently in our training institutions. Look forward to continuing our engagement,” he tweeted.

He also held talks with his Bangladesh counterpart A K Abdul Momen on the sidelines of the BIMSTEC Ministerial Meeting and invited him to visit India at an early date. Besides India and Sri Lanka, the BIMSTEC comprises Bangladesh, Myanmar, Thailand, Nepal and Bhutan."""
JS2 = ("S Jaishankar", ["Jaishankar"], P, "IN", "External Affairs Minister")
mk("in-2022-jaishankar-bimstec-colombo", "search corpus pages (Chanakya Forum, PTI copy); the last, truncated sentence (a tweet) removed",
 "https://chanakyaforum.com/jaishankar-meets-counterparts-from-nepal-bhutan-and-bdesh-on-sidelines-of-bimstec-meeting-in-sri-lanka",
 "Jaishankar meets counterparts from Nepal, Bhutan and B'desh on sidelines of BIMSTEC meeting in Sri Lanka", "2022-03-29", t,
 ["IN", "NP", "BT", "BD", "LK", "MM", "TH"],
 [JS2, ("Narayan Khadka", ["FM Narayan Khadka"], P, "NP", "FM"), ("BIMSTEC", [], O, None, None),
  ("Nepalese Foreign Ministry", [], O, "NP", None), ("Sher Bahadur Deuba", [], P, "NP", "Prime Minister"),
  ("Narendra Modi", [], P, "IN", "Prime Minister"), ("Tandi Dorji", [], P, "BT", "Foreign Minister"),
  ("A K Abdul Momen", [], P, "BD", None)],
 [(["S Jaishankar", "Narayan Khadka"], IP, H, "2022-03-29", "Colombo", ["Connectivity and energy cooperation", "Ramayan circuit", "Deuba visit to India"],
   "“Good to meet FM Narayan Khadka of Nepal on the sidelines of the BIMSTEC Ministerial."),
  (["BIMSTEC", "S Jaishankar"], ML, H, "2022-03-29", "Colombo", ["Terrorism and violent extremism", "Connectivity and energy cooperation"],
   "Jaishankar on Tuesday participated in the 18th BIMSTEC Ministerial Meeting in Colombo and said the BIMSTEC member states must collectively combat terrorism and violent extremism as he emphasised India’s commitment to intensify, expand areas of cooperation, especially connectivity, energy and maritime."),
  (["Sher Bahadur Deuba", "Narendra Modi"], IP, PL, "2022-04-01", "India", ["India-Nepal ties"],
   "Nepalese Prime Minister Sher Bahadur Deuba would travel to India on Friday on a maiden visit during which he would hold talks with his Indian counterpart Narendra Modi and other leaders to further strengthen the multifaceted, age-old, and cordial ties between the two countries."),
  (["S Jaishankar", "Tandi Dorji"], IP, H, "2022-03-29", "Colombo", ["Hydropower cooperation"],
   "Jaishankar also met Bhutanese Foreign Minister Tandi Dorji here and reviewed various projects and initiatives."),
  (["S Jaishankar", "A K Abdul Momen"], IP, H, "2022-03-29", "Colombo", [],
   "He also held talks with his Bangladesh counterpart A K Abdul Momen on the sidelines of the BIMSTEC Ministerial Meeting and invited him to visit India at an early date."),
  (["A K Abdul Momen", "S Jaishankar"], IP, PL, None, "India", [],
   "He also held talks with his Bangladesh counterpart A K Abdul Momen on the sidelines of the BIMSTEC Ministerial Meeting and invited him to visit India at an early date.")],
 [("Connectivity and energy cooperation", ["cooperation in connectivity, energy and hydropower projects", "cooperation in connectivity, energy, fertilizers, health and power", "connectivity, energy and maritime"]),
  ("Ramayan circuit", ["Ramayan circuit"]),
  ("Deuba visit to India", ["ongoing preparations for Hon. PM’s visit to India"]),
  ("Terrorism and violent extremism", ["combat terrorism and violent extremism"]),
  ("India-Nepal ties", ["multifaceted, age-old, and cordial ties between the two countries"]),
  ("Hydropower cooperation", ["long-standing cooperation in the hydropower sector", "various projects and initiatives"])],
 "truncated last sentence")

t = """On 18 June, EU High Representative for Foreign Affairs and Security Policy/Vice-President of the European Commission, Josep Borrell, concluded his two-day visit to Antalya were he participated in the South East Europe Cooperation Platform (SEECP) Summit and the Antalya Diplomatic Forum.

High Representative Borrell represented on Thursday the EU at the SEECP Summit, hosted by President Recep Tayyip Erdoğan, as outgoing SEECP chairman. This SEECP annual summit was an opportunity for participants to discuss new approaches and solutions to strengthen regional cooperation and global governance. During his address, the High Representative stressed the importance of South East Europe as a key region for EU security and stability.

In the margins of the summit, High Representative Josep Borrell met with the leaders of North Macedonia and Kosovo. During their meeting, High Representative Borrell and North Macedonian President, Stevo Pendarovski, discussed the next steps for North Macedonia’s EU path. Borrell stressed the EU’s continued commitment to the enlargement process and to the start of the accession negotiations both with North Macedonia and Albania as soon as possible.

High Representative Borrell also met with the President of Kosovo, Vjosa Osmani. They had an important discussion on the Pristina-Belgrade Dialogue following high level meeting this week in Brussels, as well as bilateral relations including the importance to move forward with the reform agenda. The High Representative welcomed Kosovo’s readiness to invite the EU to observe the upcoming municipal elections. They also discussed the extension of the mandate of European Union Rule of Law Mission (EULEX) in Kosovo.

On 18 June, High Representative Borrell attended the Antalya Diplomatic Forum, a platform for regional and global actors to exchange ideas and address international challenges."""
JB = "Josep Borrell"
mk("eu-2021-borrell-seecp-antalya", "search corpus pages (IEU Monitoring copy of an EEAS press release, 'Brussels, 19/06/2021'); site date bar and the '(link is external)' markers removed, and the last, truncated sentence",
 "https://portal.ieu-monitoring.com/editorial/high-representative-borrell-concludes-participation-in-the-seecp-summit-and-the-antalya-diplomatic-forum/35662?utm_source=ieu-portal",
 "High Representative Borrell concludes participation in the SEECP Summit and the Antalya Diplomatic Forum", "2021-06-19", t,
 ["MK", "XK", "AL", "RS"],
 [(JB, ["High Representative Borrell", "Borrell", "High Representative Josep Borrell"], P, None, "EU High Representative for Foreign Affairs and Security Policy/Vice-President of the European Commission"),
  ("EU", [], O, None, None), ("European Commission", [], O, None, None),
  ("South East Europe Cooperation Platform", ["SEECP"], O, None, None),
  ("Antalya Diplomatic Forum", [], O, None, None),
  ("Recep Tayyip Erdoğan", [], P, "TR", "President"),
  ("Stevo Pendarovski", [], P, "MK", "President"), ("Vjosa Osmani", [], P, "XK", "President"),
  ("European Union Rule of Law Mission", ["EULEX"], O, None, None)],
 [(["South East Europe Cooperation Platform", JB, "Recep Tayyip Erdoğan"], ML, H, "2021-06-17", "Antalya", ["Regional cooperation in South East Europe"],
   "High Representative Borrell represented on Thursday the EU at the SEECP Summit, hosted by President Recep Tayyip Erdoğan, as outgoing SEECP chairman."),
  ([JB, "Stevo Pendarovski"], IP, H, "2021-06-17", "Antalya", ["North Macedonia EU accession"],
   "During their meeting, High Representative Borrell and North Macedonian President, Stevo Pendarovski, discussed the next steps for North Macedonia’s EU path."),
  ([JB, "Vjosa Osmani"], IP, H, "2021-06-17", "Antalya", ["Pristina-Belgrade Dialogue", "Kosovo reform agenda", "Kosovo municipal elections", "EULEX mandate"],
   "High Representative Borrell also met with the President of Kosovo, Vjosa Osmani."),
  (["EU", "XK", "RS"], ML, H, "2021-06", "Brussels", ["Pristina-Belgrade Dialogue"],
   "They had an important discussion on the Pristina-Belgrade Dialogue following high level meeting this week in Brussels, as well as bilateral relations including the importance to move forward with the reform agenda."),
  (["Antalya Diplomatic Forum", JB], ML, H, "2021-06-18", "Antalya", [],
   "On 18 June, High Representative Borrell attended the Antalya Diplomatic Forum, a platform for regional and global actors to exchange ideas and address international challenges.")],
 [("Regional cooperation in South East Europe", ["strengthen regional cooperation and global governance", "South East Europe as a key region for EU security and stability"]),
  ("North Macedonia EU accession", ["next steps for North Macedonia’s EU path", "enlargement process", "accession negotiations both with North Macedonia and Albania"]),
  ("Pristina-Belgrade Dialogue", ["Pristina-Belgrade Dialogue"]),
  ("Kosovo reform agenda", ["move forward with the reform agenda"]),
  ("Kosovo municipal elections", ["observe the upcoming municipal elections"]),
  ("EULEX mandate", ["extension of the mandate of European Union Rule of Law Mission (EULEX) in Kosovo"])],
 "date bar, link markers, truncated last sentence")

t = """Soviet President Mikhail S. Gorbachev will visit Canadian Prime Minister Brian Mulroney on May 29 and 30, before his summit with President Bush, Canada announced Tuesday.

Gorbachev and Mulroney will discuss developments in Eastern Europe, East-West relations, international economic issues, domestic Soviet issues and bilateral relations, a statement from the prime minister’s office said.

The visit would be Gorbachev’s first trip to Canada as Soviet head of state and as Communist Party leader. He visited in 1983 when he was agriculture minister and already a member of the party’s ruling Politburo.

In Washington, White House Press Secretary Marlin Fitzwater released more details of the U.S.-Soviet summit timetable.

Gorbachev’s meetings with Bush will begin with a formal welcoming ceremony at the White House on Wednesday, May 30, and conclude with a joint news conference on Sunday, June 3.

In between, there will be four formal rounds of talks at the White House, concluding Friday evening.

“We have a lot of difficult issues to discuss with the Soviets,” Fitzwater said, mentioning disputes over arms control and Soviet pressure on the independence-minded Baltic states.

Bush will be host at a state dinner Thursday for Gorbachev. The Soviet leader will reciprocate Friday with a dinner at the Soviet Embassy for Bush.

On Saturday, the two leaders will fly to Camp David, the presidential retreat in Maryland’s Catoctin Mountains, for a day of private discussions.

Fitzwater said the Camp David talks will focus on political issues such as changes in Eastern Europe and the Soviet Union and challenges facing the North Atlantic Treaty Organization.

From Washington, Gorbachev will fly to Minneapolis for a six-hour stop. From there, he will fly to San Francisco.

The next day, June 4, Gorbachev will visit Stanford University."""
G = "Mikhail S. Gorbachev"
mk("news-1990-gorbachev-canada-us-summit", "search corpus pages (Los Angeles Times archive, 'From Times Wire Services', 16 May 1990); headline, 'Advertisement' and 'Share via' markers, byline and the last, truncated sentence removed",
 "https://latimes.com/archives/la-xpm-1990-05-16-mn-283-story.html", "Gorbachev Will Stop in Canada Before Summit", "1990-05-16", t,
 ["SU", "CA", "US"],
 [(G, ["Gorbachev"], P, "SU", "President"), ("Brian Mulroney", ["Mulroney"], P, "CA", "Prime Minister"),
  ("Bush", ["President Bush"], P, "US", "President"), ("Marlin Fitzwater", ["Fitzwater"], P, "US", "White House Press Secretary"),
  ("North Atlantic Treaty Organization", [], O, None, None)],
 [([G, "Brian Mulroney"], IP, PL, "1990-05", "Canada", ["Eastern Europe", "East-West relations", "International economic issues", "Domestic Soviet issues", "Canada-Soviet relations"],
   "Soviet President Mikhail S. Gorbachev will visit Canadian Prime Minister Brian Mulroney on May 29 and 30, before his summit with President Bush, Canada announced Tuesday."),
  ([G, "Bush"], IP, PL, "1990-05", "White House", ["Arms control", "Baltic states"],
   "Gorbachev’s meetings with Bush will begin with a formal welcoming ceremony at the White House on Wednesday, May 30, and conclude with a joint news conference on Sunday, June 3."),
  ([G, "Bush"], IP, PL, "1990-06-02", "Camp David", ["Eastern Europe", "Challenges facing NATO"],
   "On Saturday, the two leaders will fly to Camp David, the presidential retreat in Maryland’s Catoctin Mountains, for a day of private discussions.")],
 [("Eastern Europe", ["developments in Eastern Europe", "changes in Eastern Europe and the Soviet Union"]),
  ("East-West relations", ["East-West relations"]), ("International economic issues", ["international economic issues"]),
  ("Domestic Soviet issues", ["domestic Soviet issues"]), ("Canada-Soviet relations", ["bilateral relations"]),
  ("Arms control", ["disputes over arms control"]), ("Baltic states", ["Soviet pressure on the independence-minded Baltic states"]),
  ("Challenges facing NATO", ["challenges facing the North Atlantic Treaty Organization"])],
 "headline, ad markers, byline, truncated last sentence")
