from mk import *
AD = ("Alexander Downer", ["ALEXANDER DOWNER"], P, "AU", "Minister for Foreign Affairs")
PU = "http://parlinfo.aph.gov.au/parlInfo/search/display/display.w3p;query=Id%3A%22media/pressrel/"

t = """Media releases and speeches are available from DFAT via the internet. http://www.dfat.gov.au/

MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS ALEXANDER DOWNER

FA24 22 February 2002

TRILATERAL MEETING IN BALI

I look forward to attending the inaugural Trilateral Meeting in Nusa Dua, Bali on 26 February involving Australia, Indonesia and East Timor.

Indonesian Foreign Minister Dr Hassan Wirajuda, East Timor’s Chief Minister, Dr Mari Alkatiri, East Timor’s Senior Minister for Foreign Affairs and Cooperation, Dr Jose Ramos-Horta, and the Special Representative of the UN Secretary General in East Timor/UNTAET Transitional Administrator, Dr Sergio Vieira de Mello, will also attend the meeting.

The meeting will be a significant opportunity to strengthen relations between our three countries. The key to East Timor’s future development and security will be its relationship with its regional partners, including Australia and Indonesia. I welcome Indonesia’s development of the trilateral concept and its commitment to cementing good relations with its newest neighbour. Australia is keen to support these positive developments.

The meeting’s themes will cover issues of common interest. These include economic and development cooperation, East Timor’s transition to independence, East Timor’s future participation in regional institutions, refugee issues, the South West Pacific Dialogue and regional security issues.

The Trilateral Meeting will be held the day before the Conference on People Smuggling, Trafficking in Persons and Transnational Crime in Bali."""
mk("au-2002-downer-trilateral-bali", "github:wragge/trove-parliament-pressreleases/texts/2002-02-22-downer-alexander-liberal-party-of-australia-211234418.md (Parliamentary Library ParlInfo media release, as returned by the search tool); front matter removed, runs of spaces collapsed, truncated 'Media inquiries' line removed",
 PU + "W6Z56%22", "Trilateral meeting in Bali.", "2002-02-22", t,
 ["AU", "ID", "TL"],
 [AD, ("Hassan Wirajuda", [], P, "ID", "Foreign Minister"), ("Mari Alkatiri", [], P, "TL", "Chief Minister"),
  ("Jose Ramos-Horta", [], P, "TL", "Senior Minister for Foreign Affairs and Cooperation"),
  ("Sergio Vieira de Mello", [], P, None, "Special Representative of the UN Secretary General in East Timor/UNTAET Transitional Administrator"),
  ("UN", [], O, None, None), ("UNTAET", [], O, None, None)],
 [(["Alexander Downer", "Hassan Wirajuda", "Mari Alkatiri", "Jose Ramos-Horta", "Sergio Vieira de Mello"], ML, PL, "2002-02-26", "Nusa Dua",
   ["Economic and development cooperation", "East Timor's transition to independence", "East Timor in regional institutions", "Refugee issues", "South West Pacific Dialogue", "Regional security"],
   "I look forward to attending the inaugural Trilateral Meeting in Nusa Dua, Bali on 26 February involving Australia, Indonesia and East Timor."),
  (["ID"], ML, PL, "2002-02-27", "Bali", ["People smuggling and transnational crime"],
   "The Trilateral Meeting will be held the day before the Conference on People Smuggling, Trafficking in Persons and Transnational Crime in Bali.")],
 [("Economic and development cooperation", ["economic and development cooperation"]),
  ("East Timor's transition to independence", ["East Timor’s transition to independence"]),
  ("East Timor in regional institutions", ["East Timor’s future participation in regional institutions"]),
  ("Refugee issues", ["refugee issues"]), ("South West Pacific Dialogue", ["South West Pacific Dialogue"]),
  ("Regional security", ["regional security issues"]),
  ("People smuggling and transnational crime", ["Conference on People Smuggling, Trafficking in Persons and Transnational Crime"])],
 "front matter, spaces collapsed, truncated media line")

t = """Media releases and speeches are available from DFAT via the internet. http://www.dfat.gov.au/

MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS ALEXANDER DOWNER

FA176 7 December 2001

VISIT TO NAURU, FIJI, VANUATU AND NEW ZEALAND

I will visit Nauru, Fiji, Vanuatu and New Zealand from 10 to 16 December.

In Nauru on 10-11 December I will hold discussions with President Harris and members of the government on bilateral issues and people smuggling. We will discuss issues regarding the Australian-funded processing centres, including our request for additional capacity. I will visit the processing centres to gain a first-hand impression of their operations, and meet representatives from the International Organization for Migration (IOM) and the United Nations High Commissioner for Refugees (UNHCR).

My visit to Fiji on 11-13 December will be the first by an Australian minister since democracy was restored at the August elections. I will be meeting Prime Minister Qarase, Foreign Minister Tavola and other government ministers to discuss the way forward for the bilateral relationship following our lifting of bilateral sanctions on 5 October. I will also meet the Leader of the Opposition and members of the Fiji Labour Party, the Secretary-General of the Pacific Islands Forum, Noel Levi, and members of the Fiji-Australia Business Council.

I will visit Vanuatu on 13-14 December for bilateral discussions with Prime Minister Natapei, whose government is pursuing a reformist agenda under difficult circumstances. I will also have talks with other government ministers and visit some Australian aid projects. Vanuatu and Fiji are both important neighbours for Australia in Melanesia, with whom we have close connections and important interests.

In New Zealand I will attend the biannual Australia New Zealand Foreign Ministers’ Meeting on 15-16 December. I particularly value the opportunity these meetings provide to exchange views with my New Zealand counterpart on a wide range of global, regional and bilateral issues of mutual interest.

Media contacts: (Ministerial) Nicole Guihot (02) 6277 7500 (Departmental) Lyndall Sachs (02) 6261 1555"""
A = "Alexander Downer"
E_IOM = "I will visit the processing centres to gain a first-hand impression of their operations, and meet representatives from the International Organization for Migration (IOM) and the United Nations High Commissioner for Refugees (UNHCR)."
E_FJ2 = "I will also meet the Leader of the Opposition and members of the Fiji Labour Party, the Secretary-General of the Pacific Islands Forum, Noel Levi, and members of the Fiji-Australia Business Council."
mk("au-2001-downer-pacific-itinerary", "github:wragge/trove-parliament-pressreleases/texts/2001-12-07-downer-alexander-liberal-party-of-australia-211232294.txt@845933a2051c (Parliamentary Library ParlInfo media release); front matter removed, runs of spaces collapsed",
 PU + "8WK56%22", "Visit to Nauru, Fiji, Vanuatu and New Zealand.", "2001-12-07", t,
 ["AU", "NR", "FJ", "VU", "NZ"],
 [AD, ("Harris", ["President Harris"], P, "NR", "President"),
  ("International Organization for Migration", ["IOM"], O, None, None),
  ("United Nations High Commissioner for Refugees", ["UNHCR"], O, None, None),
  ("Qarase", ["Prime Minister Qarase"], P, "FJ", "Prime Minister"), ("Tavola", ["Foreign Minister Tavola"], P, "FJ", "Foreign Minister"),
  ("Fiji Labour Party", [], O, "FJ", None), ("Noel Levi", [], P, None, "Secretary-General of the Pacific Islands Forum"),
  ("Pacific Islands Forum", [], O, None, None), ("Natapei", ["Prime Minister Natapei"], P, "VU", "Prime Minister")],
 [([A, "Harris"], IP, PL, "2001-12", "Nauru", ["Bilateral issues", "People smuggling", "Processing centres in Nauru"],
   "In Nauru on 10-11 December I will hold discussions with President Harris and members of the government on bilateral issues and people smuggling."),
  ([A, "International Organization for Migration"], IP, PL, "2001-12", "Nauru", [], E_IOM),
  ([A, "United Nations High Commissioner for Refugees"], IP, PL, "2001-12", "Nauru", [], E_IOM),
  ([A, "Qarase", "Tavola"], IP, PL, "2001-12", "Fiji", ["Australia-Fiji relations"],
   "I will be meeting Prime Minister Qarase, Foreign Minister Tavola and other government ministers to discuss the way forward for the bilateral relationship following our lifting of bilateral sanctions on 5 October."),
  ([A, "Fiji Labour Party"], IP, PL, "2001-12", "Fiji", [], E_FJ2),
  ([A, "Noel Levi"], IP, PL, "2001-12", "Fiji", [], E_FJ2),
  ([A, "Natapei"], IP, PL, "2001-12", "Vanuatu", [],
   "I will visit Vanuatu on 13-14 December for bilateral discussions with Prime Minister Natapei, whose government is pursuing a reformist agenda under difficult circumstances."),
  ([A, "NZ"], IP, PL, "2001-12", "New Zealand", [],
   "In New Zealand I will attend the biannual Australia New Zealand Foreign Ministers’ Meeting on 15-16 December.")],
 [("Bilateral issues", ["bilateral issues"]), ("People smuggling", ["people smuggling"]),
  ("Processing centres in Nauru", ["Australian-funded processing centres", "request for additional capacity"]),
  ("Australia-Fiji relations", ["way forward for the bilateral relationship", "lifting of bilateral sanctions"])],
 "front matter, spaces collapsed")

t = """Media releases and speeches are available from DFAT via the internet. http://www.dfat.gov.au/

MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS ALEXANDER DOWNER

FA180 12 December 2001

FIJI VISIT

Foreign Affairs Minister Alexander Downer visited Fiji on 12 December 2001. This was Mr Downer's first visit to Fiji in 18 months. Its purpose was to strengthen the bilateral relationship, now that Australia's sanctions have been lifted and relations normalised.

Mr Downer called on the Prime Minister, the Hon Laisenia Qarase, and held substantive talks with the Minister for Foreign Affairs and External Trade, the Hon Kaliopate Tavola. Discussions included the future direction of Australia's bilateral assistance to Fiji; defence cooperation; and cooperation in the areas of people smuggling, transnational crime and terrorism. Mr Downer announced that from early 2002, two Australian Federal Police Officers would be attached to the Australian High Commission in Suva, to facilitate cooperation with Fiji authorities in combating organised crime.

Mr Downer noted that Australia’s request for Fiji to host a processing centre for asylum seekers had created widespread debate in Fiji. Australia welcomed the serious consideration the government of Fiji gave to its request, and in view of Fiji’s current situation, decided to withdraw the request.

Mr Downer also met members of Parliament and the Secretary-General of the Pacific Islands Forum, and addressed a luncheon hosted by the Fiji-Australia Business Council.

Mr Downer congratulated the people of Fiji on the way that democracy had been restored and said he was delighted to have the opportunity to be back in Fiji and to resume the mature and sensitive relationship between our two countries.

Media Inquiries: Nicole Guihot (Ministerial) 02 6277 7500 / 0407 710 374 Julie McDonald (Departmental) 02 6261 1555"""
mk("au-2001-downer-fiji-visit", "github:wragge/trove-parliament-pressreleases/texts/2001-12-12-downer-alexander-liberal-party-of-australia-211232378.txt@845933a2051c (Parliamentary Library ParlInfo media release); front matter removed, runs of spaces collapsed",
 PU + "7YL56%22", "Fiji visit.", "2001-12-12", t,
 ["AU", "FJ"],
 [("Alexander Downer", ["ALEXANDER DOWNER", "Mr Downer"], P, "AU", "Foreign Affairs Minister"),
  ("Laisenia Qarase", [], P, "FJ", "Prime Minister"),
  ("Kaliopate Tavola", [], P, "FJ", "Minister for Foreign Affairs and External Trade"),
  ("Australian Federal Police", [], O, "AU", None), ("Pacific Islands Forum", [], O, None, None)],
 [(["Alexander Downer", "Laisenia Qarase", "Kaliopate Tavola"], IP, H, "2001-12-12", "Fiji",
   ["Australian bilateral assistance to Fiji", "Defence cooperation", "People smuggling, transnational crime and terrorism"],
   "Mr Downer called on the Prime Minister, the Hon Laisenia Qarase, and held substantive talks with the Minister for Foreign Affairs and External Trade, the Hon Kaliopate Tavola."),
  (["Alexander Downer", "Pacific Islands Forum"], IP, H, "2001-12-12", "Fiji", [],
   "Mr Downer also met members of Parliament and the Secretary-General of the Pacific Islands Forum, and addressed a luncheon hosted by the Fiji-Australia Business Council.")],
 [("Australian bilateral assistance to Fiji", ["future direction of Australia's bilateral assistance to Fiji"]),
  ("Defence cooperation", ["defence cooperation"]),
  ("People smuggling, transnational crime and terrorism", ["cooperation in the areas of people smuggling, transnational crime and terrorism", "combating organised crime"]),
  ("Asylum seeker processing centre", ["request for Fiji to host a processing centre for asylum seekers"]),
  ("Lifting of sanctions on Fiji", ["Australia's sanctions have been lifted"])],
 "front matter, spaces collapsed")

t = """Ankara, October 2, AZERTAC

Azerbaijan and Turkey have exchanged views on the development of relations as Turkish Foreign Minister Mevlut Cavusoglu met with former Azerbaijani ambassador Faig Baghirov, who is completing his mission. They emphasized the excellent level of relations between the two countries, which they said are based on friendship and fraternity.

The two also discussed the next meeting of High-level Strategic Cooperation Council scheduled to be held in Baku, and highlighted the effectiveness of trilateral meetings in Azerbaijan-Iran-Turkey, Azerbaijan-Georgia-Turkey, Azerbaijan-Turkey-Turkmenistan formats."""
mk("tr-2017-cavusoglu-baghirov-ankara", "search corpus pages (AZERTAC, Azerbaijan state news agency); headline, time stamp and correspondent byline removed",
 "https://azertag.az/en/xeber/Azerbaijan_Turkey_discuss_bilateral_relations_in_Ankara-1098782",
 "Azerbaijan, Turkey discuss bilateral relations in Ankara", "2017-10-02", t,
 ["AZ", "TR", "IR", "GE", "TM"],
 [("Mevlut Cavusoglu", [], P, "TR", "Foreign Minister"), ("Faig Baghirov", [], P, "AZ", "former ambassador")],
 [(["Mevlut Cavusoglu", "Faig Baghirov"], IP, H, "2017-10-02", "Ankara", ["Azerbaijan-Turkey relations", "High-level Strategic Cooperation Council", "Trilateral formats"],
   "Azerbaijan and Turkey have exchanged views on the development of relations as Turkish Foreign Minister Mevlut Cavusoglu met with former Azerbaijani ambassador Faig Baghirov, who is completing his mission."),
  (["AZ", "TR"], IP, PL, None, "Baku", [],
   "The two also discussed the next meeting of High-level Strategic Cooperation Council scheduled to be held in Baku, and highlighted the effectiveness of trilateral meetings in Azerbaijan-Iran-Turkey, Azerbaijan-Georgia-Turkey, Azerbaijan-Turkey-Turkmenistan formats.")],
 [("Azerbaijan-Turkey relations", ["development of relations", "excellent level of relations between the two countries"]),
  ("High-level Strategic Cooperation Council", ["next meeting of High-level Strategic Cooperation Council"]),
  ("Trilateral formats", ["trilateral meetings in Azerbaijan-Iran-Turkey, Azerbaijan-Georgia-Turkey, Azerbaijan-Turkey-Turkmenistan formats"])],
 "headline, time stamp, byline")

t = """The Ministry of Foreign Affairs of Mongolia is observing the deteriorating domestic crisis in Syria with concern.

We are deeply concerned about the loss of lives of many Syrian people, including children. The use of chemical weapons can never be justified under any circumstances and Mongolia firmly stands for the complete elimination and non-proliferation of the weapons of mass destruction.

We urge all relevant partiesto end violence and resolve the conflict through peaceful means."""
mk("stmt-2013-mongolia-syria", "search corpus pages (blog copy, September 2013, of remarks by the spokesperson of the Ministry of Foreign Affairs of Mongolia); headline, comment and ad blocks removed; no exact publication day",
 "https://livedrifting23.blogspot.com/2013/09/remarks-by-spokesperson-of-ministry-of.html",
 "Remarks by the spokesperson of the Ministry of Foreign Affairs", None, t,
 ["MN", "SY"],
 [("Ministry of Foreign Affairs of Mongolia", [], O, "MN", None)],
 [],
 [("Syrian crisis", ["deteriorating domestic crisis in Syria", "loss of lives of many Syrian people", "end violence and resolve the conflict through peaceful means"]),
  ("Chemical weapons", ["use of chemical weapons", "complete elimination and non-proliferation of the weapons of mass destruction"])],
 "headline, comments, ad blocks")

t = """President Mahinda Rajapaksa extended his deepest sympathies to the bereaved families and the victims of earthquake that struck Tabriz and Ahar on August 11.

In his letter to the President of Iran, Dr. Mahmoud Ahmadinejad, President Rajapaksa said “I assure Your Excellency that the Government of Sri Lanka stands ready, to extend any support and assistance in the aftermath of this tragic event."

Full text of the message:

His Excellency Dr. Mahmoud Ahmadinejad
President of the Islamic Republic of Iran

Excellency,

It is with great shock and profound sadness that I learnt of the two earthquakes of high magnitude which struck Tabriz and Ahar yesterday causing the loss of valuable lives, displacement of persons and destruction to property.

While extending my personal heartfelt sympathies to Your Excellency, the Government and people of Sri Lanka join me in expressing our most sincere condolences and solidarity with the Government and the people of the Islamic Republic of Iran, in overcoming this difficult and challenging time. In this Holy Month of Ramadan, our prayers are with Your Excellency and the people of the Islamic Republic of Iran, especially members of the bereaved families, in facing the sadness resulting from this natural disaster.

I assure Your Excellency that the Government of Sri Lanka stands ready, to extend any support and assistance in the aftermath of this tragic event.

Please accept, Excellency, the assurances of my highest consideration.

Mahinda Rajapaksa
President of the Democratic Socialist Republic of Sri Lanka"""
mk("letter-2012-rajapaksa-iran-earthquake", "search corpus pages (Policy Research & Information Unit of the Presidential Secretariat, Sri Lanka); table-border characters removed; publication date from the URL",
 "http://www.priu.gov.lk/news_update/Current_Affairs/ca201208/20120813president_expresses_condolence_to_people_of_iran.htm",
 "President expresses condolence to people of Iran", "2012-08-13", t,
 ["LK", "IR"],
 [("Mahinda Rajapaksa", ["President Rajapaksa"], P, "LK", "President"), ("Mahmoud Ahmadinejad", [], P, "IR", "President")],
 [],
 [("Iran earthquakes", ["earthquake that struck Tabriz and Ahar", "two earthquakes of high magnitude which struck Tabriz and Ahar", "support and assistance in the aftermath of this tragic event"])],
 "border characters")

t = """H.E. Dr. Jakaya Mrisho Kikwete, President of the United Republic of Tanzania has sent a condolence message to H.E. Xi Jinping, President of the People’s Republic of China following a 6.5 magnitude earthquake that hit the South West China’s Yunnan Province on Sunday 3rd August, 2014 claiming at least 398 lives.

The message reads as follows:
“H.E. Xi Jinping,
President of the People’s Republic of China,
I have learnt with profound shock and deep sorrow the sad news of a 6.5 magnitude earthquake that hit the South West China’s Yunnan Province this Sunday afternoon 3rd August, 2014 claiming at least 398 lives, leaving nearly 2000 injured and homeless as well as causing severe destruction of properties and infrastructure.
On behalf of the Government and the People’s of the United Republic of Tanzania, and indeed on my own behalf, I would like to convey my deepest condolences and sympathy to you and through you to the Government and the people of the People’s Republic of China and particularly to the bereaved families.
The Government and the people of the United Republic of Tanzania join with the families of the deceased, the victims and the people of the People’s Republic of China in this period of pain and agony. We also pray to the Almighty God to rest the souls of the departed in eternal peace while granting quick recovery to the injured.
Please accept, Your Excellency the assurances of my highest consideration”.
Issued by: The Ministry of Foreign Affairs and International Cooperation, Dar es Salaam.
4th August 2014"""
mk("letter-2014-kikwete-china-earthquake", "search corpus pages (Wanaportal blog copy, 11 August 2014, of a Tanzanian Ministry of Foreign Affairs release); blog date line, image caption, 'Related Posts' and comment link removed",
 "https://wanaportal.blogspot.com/2014/08/he-dr-jmkikwete-condolence-message-to.html",
 "H.E Dr. J.M.Kikwete Condolence Message to President of the People’s Republic of China", "2014-08-11", t,
 ["TZ", "CN"],
 [("Jakaya Mrisho Kikwete", [], P, "TZ", "President"), ("Xi Jinping", [], P, "CN", "President"),
  ("Ministry of Foreign Affairs and International Cooperation", [], O, "TZ", None)],
 [],
 [("Yunnan earthquake", ["6.5 magnitude earthquake that hit the South West China’s Yunnan Province"])],
 "blog date line, image caption, footer")
