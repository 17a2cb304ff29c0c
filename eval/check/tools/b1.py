from mk import *

TRUDEAU = ("Justin Trudeau", ["Trudeau", "Prime Minister Trudeau"], P, "CA", "Prime Minister")

mk("ke-2022-ruto-trudeau-call",
 "search corpus pages (Capital FM, Kenya); 'Connect with us', date bar, photo caption, section label, headline and 'Published' marker removed",
 "https://www.capitalfm.co.ke/news/2022/09/president-ruto-holds-phone-conversation-with-canadian-pm-trudeau/",
 "President Ruto holds phone conversation with Canadian PM Trudeau", "2022-09-15",
"""NAIROBI, Kenya, Sep 15 – Canada’s Prime Minister Justin Trudeau on Thursday discussed regional security in a telephone call with President William Ruto.

During the conversation, the two affirmed their shared commitment to democracy.

While congratulating President Ruto for his election victory, Trudeau commended the peaceful nature of the polls and the strength of the Kenyan democratic institutions.

The Prime Minister and the President emphasized their shared commitment to democratic values.

The two leaders also expressed their concern for the serious global impacts of Russia’s invasion of Ukraine, notably food and energy insecurity, and agreed to work together to find solutions to these complex challenges.

The Prime Minister and the President discussed regional peace and security, including their concern with ongoing instability in the Democratic Republic of the Congo, Somalia, Ethiopia, and the Horn of Africa.

Trudeau expressed appreciation for Kenya’s leadership role in promoting peace and security in the region.

President Ruto thanked Canada for its support.

The two leaders agreed to work together to further strengthen the partnership between Canada and Kenya.

The Canadian PM stated that he looks forward to continued collaboration on such shared priorities as promoting peace and security, encouraging a sustainable ocean economy, increasing and diversifying trade, supporting the transition to clean technology, and advancing the empowerment of women and girls.

The two leaders looked forward to meeting in person in the near future.""",
 ["CA", "KE", "RU", "UA", "CD", "SO", "ET"],
 [("Justin Trudeau", ["Trudeau", "Canadian PM Trudeau"], P, "CA", "Prime Minister"),
  ("William Ruto", ["President Ruto"], P, "KE", "President")],
 [(["Justin Trudeau", "William Ruto"], PC, H, "2022-09-15", None,
   ["Regional peace and security", "Kenyan election", "Democracy", "Russian invasion of Ukraine", "Food and energy insecurity",
    "Instability in the Horn of Africa", "Canada-Kenya partnership", "Sustainable ocean economy", "Trade", "Clean technology",
    "Empowerment of women and girls"],
   "NAIROBI, Kenya, Sep 15 – Canada’s Prime Minister Justin Trudeau on Thursday discussed regional security in a telephone call with President William Ruto."),
  (["Justin Trudeau", "William Ruto"], IP, PL, None, None, [],
   "The two leaders looked forward to meeting in person in the near future.")],
 [("Regional peace and security", ["regional security", "regional peace and security", "promoting peace and security"]),
  ("Kenyan election", ["his election victory", "peaceful nature of the polls"]),
  ("Democracy", ["shared commitment to democracy", "shared commitment to democratic values", "Kenyan democratic institutions"]),
  ("Russian invasion of Ukraine", ["Russia’s invasion of Ukraine"]),
  ("Food and energy insecurity", ["food and energy insecurity"]),
  ("Instability in the Horn of Africa", ["ongoing instability in the Democratic Republic of the Congo, Somalia, Ethiopia, and the Horn of Africa"]),
  ("Canada-Kenya partnership", ["partnership between Canada and Kenya"]),
  ("Sustainable ocean economy", ["encouraging a sustainable ocean economy"]),
  ("Trade", ["increasing and diversifying trade"]),
  ("Clean technology", ["transition to clean technology"]),
  ("Empowerment of women and girls", ["advancing the empowerment of women and girls"])],
 "site furniture (connect bar, date, photo caption, section label, headline, 'Published')")

mk("ke-2022-kenyatta-kishida-trudeau-calls",
 "search corpus pages (Capital FM, Kenya); 'Connect with us', date bar and headline removed",
 "https://www.capitalfm.co.ke/news/2022/03/president-kenyatta-separately-holds-telephone-conversations-with-japanese-canadian-pm/",
 "President Kenyatta Holds Separate Telephone Conversations With Japanese, Canadian PMs", "2022-03-17",
"""NAIROBI, Kenya, Mar 17 – President Uhuru Kenyatta on Thursday afternoon separately held telephone conversations with Prime Ministers Fumio Kishida of Japan and Justin Trudeau of Canada.

In the phone conversation with Prime Minister Kishida who updated him on the situation following Wednesday’s devastating earthquake in the East Asian country, President Kenyatta expressed Kenya’s solidarity with the Government and people of Japan as the relevant authorities continue to monitor the development.

The two leaders also discussed other issues of mutual interest to Kenya and Japan including the eighth Tokyo International Conference on African Development (TICAD8) that will be hosted by Tunisia in August this year.

With Prime Minister Trudeau, President Kenyatta lauded the enhanced bilateral ties between Kenya and Canada.

President Kenyatta and Prime Minister Trudeau also discussed trade between the two countries as well as peace and security in the Horn of Africa among other matters of importance to Kenya and Canada.""",
 ["KE", "JP", "CA", "TN"],
 [("Uhuru Kenyatta", ["President Kenyatta"], P, "KE", "President"),
  ("Fumio Kishida", ["Prime Minister Kishida"], P, "JP", "Prime Minister"),
  ("Justin Trudeau", ["Prime Minister Trudeau"], P, "CA", "Prime Minister"),
  ("Tokyo International Conference on African Development", ["TICAD8"], O, None, None)],
 [(["Uhuru Kenyatta", "Fumio Kishida"], PC, H, "2022-03-17", None, ["Earthquake in Japan", "TICAD8"],
   "NAIROBI, Kenya, Mar 17 – President Uhuru Kenyatta on Thursday afternoon separately held telephone conversations with Prime Ministers Fumio Kishida of Japan and Justin Trudeau of Canada."),
  (["Uhuru Kenyatta", "Justin Trudeau"], PC, H, "2022-03-17", None, ["Kenya-Canada relations", "Trade", "Peace and security in the Horn of Africa"],
   "NAIROBI, Kenya, Mar 17 – President Uhuru Kenyatta on Thursday afternoon separately held telephone conversations with Prime Ministers Fumio Kishida of Japan and Justin Trudeau of Canada."),
  (["Tokyo International Conference on African Development", "TN"], ML, PL, "2022-08", "Tunisia", [],
   "The two leaders also discussed other issues of mutual interest to Kenya and Japan including the eighth Tokyo International Conference on African Development (TICAD8) that will be hosted by Tunisia in August this year.")],
 [("Earthquake in Japan", ["Wednesday’s devastating earthquake in the East Asian country"]),
  ("TICAD8", ["eighth Tokyo International Conference on African Development (TICAD8)"]),
  ("Kenya-Canada relations", ["enhanced bilateral ties between Kenya and Canada"]),
  ("Trade", ["trade between the two countries"]),
  ("Peace and security in the Horn of Africa", ["peace and security in the Horn of Africa"])],
 "site furniture (connect bar, date, headline)")

mk("ca-2022-trudeau-kenyatta-chogm",
 "search corpus pages (EIN Presswire copy of a Prime Minister of Canada readout); nothing removed",
 "https://www.einpresswire.com/article/578469351/prime-minister-justin-trudeau-meets-with-president-of-kenya-uhuru-kenyatta",
 "Prime Minister Justin Trudeau meets with President of Kenya Uhuru Kenyatta", "2022-06-25",
"""CANADA, June 25 - Yesterday, Prime Minister Justin Trudeau met with the President of Kenya, Uhuru Kenyatta, on the margins of the Commonwealth Heads of Government Meeting.

The two leaders discussed Russia’s illegal and unjustified invasion of Ukraine. They agreed the Commonwealth countries should continue working together to uphold democracy, peace and security, and human rights.

The Prime Minister and President expressed concern about the conflict’s impact on global food security, which is disproportionally affecting the most vulnerable in Africa and elsewhere in the Commonwealth. Prime Minister Trudeau reaffirmed Canada’s commitment to address the global food security crisis and help all people that are facing rising food prices.

The leaders reaffirmed their shared commitment to protecting oceans and advancing initiatives to strengthen the blue economy, noting that sustainably harnessing the potential of our oceans can make life better for all. They also reaffirmed their commitment to the Commonwealth and agreed on the importance of modernizing and renewing this important institution.

The two leaders committed to continue working to advance shared priorities for Canada and Kenya, including in the areas of trade, environmental protection, and the recovery from the ongoing impacts of the COVID-19 pandemic. They underlined their interest in deepening the trade and investment relationship between Canada and Kenya to enhance prosperity and make life better for people.

The Prime Minister and President discussed Kenya’s upcoming election in August, after which President Kenyatta will step down from the presidency. Prime Minister Trudeau wished President Kenyatta well in his future endeavours.""",
 ["CA", "KE", "RU", "UA"],
 [("Justin Trudeau", ["Prime Minister Trudeau"], P, "CA", "Prime Minister"),
  ("Uhuru Kenyatta", ["President Kenyatta"], P, "KE", "President"),
  ("Commonwealth", [], O, None, None)],
 [(["Justin Trudeau", "Uhuru Kenyatta"], IP, H, "2022-06-24", None,
   ["Russian invasion of Ukraine", "Democracy, peace and human rights", "Global food security", "Blue economy", "Commonwealth reform",
    "Trade and investment", "Environmental protection", "COVID-19 recovery", "Kenyan election"],
   "CANADA, June 25 - Yesterday, Prime Minister Justin Trudeau met with the President of Kenya, Uhuru Kenyatta, on the margins of the Commonwealth Heads of Government Meeting."),
  (["Commonwealth", "Justin Trudeau", "Uhuru Kenyatta"], ML, H, "2022-06-24", None, [],
   "CANADA, June 25 - Yesterday, Prime Minister Justin Trudeau met with the President of Kenya, Uhuru Kenyatta, on the margins of the Commonwealth Heads of Government Meeting.")],
 [("Russian invasion of Ukraine", ["Russia’s illegal and unjustified invasion of Ukraine", "the conflict"]),
  ("Democracy, peace and human rights", ["uphold democracy, peace and security, and human rights"]),
  ("Global food security", ["global food security", "global food security crisis", "rising food prices"]),
  ("Blue economy", ["protecting oceans", "strengthen the blue economy"]),
  ("Commonwealth reform", ["modernizing and renewing this important institution", "commitment to the Commonwealth"]),
  ("Trade and investment", ["trade", "trade and investment relationship between Canada and Kenya"]),
  ("Environmental protection", ["environmental protection"]),
  ("COVID-19 recovery", ["recovery from the ongoing impacts of the COVID-19 pandemic"]),
  ("Kenyan election", ["Kenya’s upcoming election in August"])],
 "nothing")

mk("za-2024-ramaphosa-sisi-call",
 "search corpus pages (AllAfrica copy of a South African Government News item); AllAfrica boilerplate paragraphs at the end removed; published from the URL",
 "https://allafrica.com/stories/202407080406.html",
 "South Africa: President Ramaphosa Receives Congratulatory Call From President of Egypt", "2024-07-08",
"""President Cyril Ramaphosa received a call on Sunday evening from his Egypt counterpart, Abdel Fattah El-Sisi, who expressed his sincere congratulations on his new term of office.

Last month, President Ramaphosa was re-elected to serve for a second term at the first sitting of the National Assembly after the highly contested elections in May where he won 283 votes, against Economic Freedom Fighters leader Julius Malema who received 44.

"President El-Sisi shared with President Ramaphosa his expectation that South Africa and Egypt will continue to cooperate on issues of common interest," a statement from the Presidency said.

According to the President's Office, the country's First Citizen expressed his appreciation for President El-Sisi's good wishes and agreed on the importance of continued partnership between the two countries on matters of bilateral, continental and multilateral interest.

"Of particular significance to the two leaders is the need to work together on the Palestinian issue and the crisis in the Gaza strip.

"The Presidents committed themselves to deepening the fraternal ties between Egypt and South Africa as part of advancing continental solidarity," the statement read.

President Ramaphosa and President El-Sisi also agreed on the expansion of trade, mutual investment and other areas of economic cooperation between the two states, according to the Presidency.""",
 ["ZA", "EG", "PS"],
 [("Cyril Ramaphosa", ["President Ramaphosa"], P, "ZA", "President"),
  ("Abdel Fattah El-Sisi", ["President El-Sisi"], P, "EG", "President"),
  ("Julius Malema", [], P, "ZA", "Economic Freedom Fighters leader"),
  ("National Assembly", [], O, "ZA", None)],
 [(["Cyril Ramaphosa", "Abdel Fattah El-Sisi"], PC, H, "2024-07-07", None,
   ["Ramaphosa's re-election", "Egypt-South Africa cooperation", "Palestinian issue", "Gaza crisis", "Trade and investment"],
   "President Cyril Ramaphosa received a call on Sunday evening from his Egypt counterpart, Abdel Fattah El-Sisi, who expressed his sincere congratulations on his new term of office.")],
 [("Ramaphosa's re-election", ["his new term of office", "re-elected to serve for a second term"]),
  ("Egypt-South Africa cooperation", ["continue to cooperate on issues of common interest", "continued partnership between the two countries", "fraternal ties between Egypt and South Africa"]),
  ("Palestinian issue", ["the Palestinian issue"]),
  ("Gaza crisis", ["the crisis in the Gaza strip"]),
  ("Trade and investment", ["expansion of trade, mutual investment and other areas of economic cooperation"])],
 "AllAfrica boilerplate")

mk("za-2025-ramaphosa-putin-call",
 "search corpus pages (EIN Presswire copy of a South African Presidency statement); headline line removed",
 "https://www.einpresswire.com/article/838042912/president-cyril-ramaphosa-on-telephone-discussion-with-president-vladimir-putin",
 "President Cyril Ramaphosa on telephone discussion with President Vladimir Putin", "2025-08-08",
"""President Cyril Ramaphosa has this afternoon, 7 August 2025, held a telephone discussion with President Vladimir Putin of the Russian Federation.

The discussion followed President Putin's request to brief President Ramaphosa on the peace process with Ukraine and to engage on issues of mutual bilateral interest.

President Putin expressed his recognition and appreciation for South Africa's involvement in advancing a peace process between Russia and Ukraine.

President Ramaphosa welcomed the briefing and expressed South Africa's full support to peace initiatives that will end the war and contribute to a lasting peace between Russia and Ukraine.

The two leaders agreed to further their discussions on moving forward the strategic relationship between their two countries.""",
 ["ZA", "RU", "UA"],
 [("Cyril Ramaphosa", ["President Ramaphosa"], P, "ZA", "President"),
  ("Vladimir Putin", ["President Putin"], P, "RU", "President")],
 [(["Cyril Ramaphosa", "Vladimir Putin"], PC, H, "2025-08-07", None,
   ["Russia-Ukraine peace process", "South Africa-Russia relations"],
   "President Cyril Ramaphosa has this afternoon, 7 August 2025, held a telephone discussion with President Vladimir Putin of the Russian Federation.")],
 [("Russia-Ukraine peace process", ["peace process with Ukraine", "peace process between Russia and Ukraine", "peace initiatives that will end the war"]),
  ("South Africa-Russia relations", ["issues of mutual bilateral interest", "strategic relationship between their two countries"])],
 "headline line")

mk("sg-2024-wong-indonesia-visit",
 "search corpus pages (EIN Presswire copy of a Singapore Ministry of Foreign Affairs press release); closing '. . . . .' line and 'MINISTRY OF FOREIGN AFFAIRS SINGAPORE 6 NOVEMBER 2024' signature removed; published from the signature",
 "https://www.einpresswire.com/article/758205664/introductory-visit-of-prime-minister-lawrence-wong-to-indonesia-5-to-6-november-2024",
 "Introductory Visit of Prime Minister Lawrence Wong to Indonesia, 5 to 6 November 2024", "2024-11-06",
"""Prime Minister and Minister for Finance Lawrence Wong concluded his introductory visit to Indonesia today.

Prime Minister Wong met and was hosted to lunch by Indonesian President Prabowo Subianto in Jakarta, Indonesia on 6 November 2024. Both leaders reaffirmed the close friendship between the two countries, as well as their shared commitment to building resilience amidst an uncertain geopolitical environment. They looked forward to convening the 8th Singapore-Indonesia Leaders’ Retreat in Singapore in 2025, which would be the first between both leaders.

Prime Minister Wong and President Prabowo Subianto commended the significant progress in bilateral cooperation in the emerging priority area of the green economy. They also discussed ways to expand cooperation in other priority areas of human capital development, people-to-people exchanges, and food security.

Prime Minister Wong also met Vice-President Gibran Rakabuming Raka, Speaker of the People’s Consultative Assembly Ahmad Muzani and Speaker of the Regional Representative Council Sultan Bachtiar Najamudin. During the meetings, both sides acknowledged the excellent state of bilateral relations, and looked forward to strengthening mutually beneficial areas of bilateral cooperation.""",
 ["SG", "ID"],
 [("Lawrence Wong", ["Prime Minister Wong"], P, "SG", "Prime Minister and Minister for Finance"),
  ("Prabowo Subianto", ["President Prabowo Subianto"], P, "ID", "President"),
  ("Gibran Rakabuming Raka", [], P, "ID", "Vice-President"),
  ("Ahmad Muzani", [], P, "ID", "Speaker of the People’s Consultative Assembly"),
  ("Sultan Bachtiar Najamudin", [], P, "ID", "Speaker of the Regional Representative Council"),
  ("People’s Consultative Assembly", [], O, "ID", None),
  ("Regional Representative Council", [], O, "ID", None)],
 [(["Lawrence Wong", "Prabowo Subianto"], IP, H, "2024-11-06", "Jakarta",
   ["Singapore-Indonesia relations", "Geopolitical resilience", "Green economy", "Human capital development", "People-to-people exchanges", "Food security"],
   "Prime Minister Wong met and was hosted to lunch by Indonesian President Prabowo Subianto in Jakarta, Indonesia on 6 November 2024."),
  (["Lawrence Wong", "Prabowo Subianto"], IP, PL, "2025", "Singapore", [],
   "They looked forward to convening the 8th Singapore-Indonesia Leaders’ Retreat in Singapore in 2025, which would be the first between both leaders."),
  (["Lawrence Wong", "Gibran Rakabuming Raka"], IP, H, "2024-11", "Indonesia", ["Singapore-Indonesia relations"],
   "Prime Minister Wong also met Vice-President Gibran Rakabuming Raka, Speaker of the People’s Consultative Assembly Ahmad Muzani and Speaker of the Regional Representative Council Sultan Bachtiar Najamudin."),
  (["Lawrence Wong", "Ahmad Muzani"], IP, H, "2024-11", "Indonesia", ["Singapore-Indonesia relations"],
   "Prime Minister Wong also met Vice-President Gibran Rakabuming Raka, Speaker of the People’s Consultative Assembly Ahmad Muzani and Speaker of the Regional Representative Council Sultan Bachtiar Najamudin."),
  (["Lawrence Wong", "Sultan Bachtiar Najamudin"], IP, H, "2024-11", "Indonesia", ["Singapore-Indonesia relations"],
   "Prime Minister Wong also met Vice-President Gibran Rakabuming Raka, Speaker of the People’s Consultative Assembly Ahmad Muzani and Speaker of the Regional Representative Council Sultan Bachtiar Najamudin.")],
 [("Singapore-Indonesia relations", ["close friendship between the two countries", "excellent state of bilateral relations", "mutually beneficial areas of bilateral cooperation"]),
  ("Geopolitical resilience", ["building resilience amidst an uncertain geopolitical environment"]),
  ("Green economy", ["emerging priority area of the green economy"]),
  ("Human capital development", ["human capital development"]),
  ("People-to-people exchanges", ["people-to-people exchanges"]),
  ("Food security", ["food security"])],
 "closing dots and MFA signature")

mk("sg-2018-teo-kalla-jakarta",
 "search corpus pages (The Straits Times, Singapore); the last, truncated sentence ('During his visit, DPM Teo is scheduled to meet ...') removed",
 "https://www.straitstimes.com/asia/se-asia/third-indonesia-singapore-leaders-retreat-will-be-in-bali-on-oct-11-says-dpm-teo",
 "Third Indonesia-Singapore Leaders' Retreat will be in Bali on Oct 11, says DPM Teo", "2018-07-18",
"""JAKARTA - Singapore Prime Minister Lee Hsien Loong and Indonesian President Joko Widodo will meet on Oct 11 in Bali for their third Leaders' Retreat in as many years, said Deputy Prime Minister Teo Chee Hean.

DPM Teo, who is on a three-day working visit to Indonesia, was speaking to the media on Wednesday (July 18) after meeting Vice-President Jusuf Kalla.

"I had a very good meeting with Vice-President Jusuf Kalla," said DPM Teo.

“The purpose of my visit here is to strengthen relations between both countries and also to prepare for the Leaders' Retreat between Bapak President and Prime Minister Lee on the 11th of October this year,” he added.

Bali is also where the International Monetary Fund-World Bank meetings will take place from Oct 12 to 14.

The Indonesia-Singapore Leaders' Retreat is a long-held tradition in which leaders of the two close neighbours meet informally each year to boost ties.

President Joko, who took office in October 2014, hosted his first retreat with PM Lee in Semarang, in Central Java, in 2016.

Last year, the two countries marked 50 years of bilateral relations during the second Leaders' Retreat in Singapore.

Such retreats have helped enhance bilateral cooperation and led to a series of agreements and joint projects between the two countries, including the Kendal Industrial Park (KIP), which is in Semarang.

DPM Teo said there would be discussions in Bali to further strengthen cooperation in the KIP, the Nongsa Digital Park on Batam island and other collaborations in tourism.

There was strong cooperation between Indonesia and Singapore as well in the education sector and in security, he added.

"I hope in the defence area, we can also strengthen our cooperation for the future," Mr Teo said.""",
 ["SG", "ID"],
 [("Lee Hsien Loong", ["PM Lee", "Prime Minister Lee"], P, "SG", "Prime Minister"),
  ("Joko Widodo", ["President Joko"], P, "ID", "President"),
  ("Teo Chee Hean", ["DPM Teo", "Mr Teo"], P, "SG", "Deputy Prime Minister"),
  ("Jusuf Kalla", [], P, "ID", "Vice-President"),
  ("International Monetary Fund", [], O, None, None),
  ("World Bank", [], O, None, None)],
 [(["Lee Hsien Loong", "Joko Widodo"], IP, PL, "2018-10-11", "Bali",
   ["Kendal Industrial Park", "Nongsa Digital Park", "Tourism"],
   "JAKARTA - Singapore Prime Minister Lee Hsien Loong and Indonesian President Joko Widodo will meet on Oct 11 in Bali for their third Leaders' Retreat in as many years, said Deputy Prime Minister Teo Chee Hean."),
  (["Teo Chee Hean", "Jusuf Kalla"], IP, H, "2018-07-18", "Jakarta", ["Singapore-Indonesia relations"],
   "DPM Teo, who is on a three-day working visit to Indonesia, was speaking to the media on Wednesday (July 18) after meeting Vice-President Jusuf Kalla."),
  (["International Monetary Fund", "World Bank"], ML, PL, "2018-10", "Bali", [],
   "Bali is also where the International Monetary Fund-World Bank meetings will take place from Oct 12 to 14."),
  (["Joko Widodo", "Lee Hsien Loong"], IP, H, "2016", "Semarang", [],
   "President Joko, who took office in October 2014, hosted his first retreat with PM Lee in Semarang, in Central Java, in 2016."),
  (["Lee Hsien Loong", "Joko Widodo"], IP, H, "2017", "Singapore", ["Singapore-Indonesia relations"],
   "Last year, the two countries marked 50 years of bilateral relations during the second Leaders' Retreat in Singapore.")],
 [("Singapore-Indonesia relations", ["strengthen relations between both countries", "50 years of bilateral relations"]),
  ("Kendal Industrial Park", ["Kendal Industrial Park (KIP)", "KIP"]),
  ("Nongsa Digital Park", ["Nongsa Digital Park on Batam island"]),
  ("Tourism", ["other collaborations in tourism"]),
  ("Defence cooperation", ["in the defence area", "in security"]),
  ("Education cooperation", ["in the education sector"])],
 "truncated last sentence")
