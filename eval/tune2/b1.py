from mk import *
UN = ("United Nations", [], O, None, None)

mk("un-2015-ban-michel", "search corpus pages (UN Secretary-General readout, un.org); place/date lines and the site label 'Ban Ki-Moon, Former Secretary-General' removed",
 "https://www.un.org/sg/en/content/sg/readout/2015-10-01/readout-of-the-secretary-general%E2%80%99s-meeting-he-mr-charles-michel-prime-minister-of-belgium",
 "Readout of the Secretary-General’s meeting with H.E. Mr. Charles Michel, Prime Minister of Belgium", "2015-10-01",
"""The Secretary-General met today H.E. Mr. Charles Michel, Prime Minister of Belgium.

The Secretary-General and the Prime Minister agreed that a successful implementation of the 2030 Sustainable Development Agenda would require strong review and follow-up mechanisms. In this context, the Secretary-General thanked Belgium for its active support to the Sustainable Development Agenda process.

They also took the opportunity to review the situation in Central Africa, including in the Democratic Republic of the Congo and Burundi. Finally, they discussed international efforts in the field of counter-terrorism, including the UN Plan of Action to Prevent Violent Extremism to be presented by the Secretary-General to the General Assembly in November 2015.""",
 ["BE", "CD", "BI"],
 [("Charles Michel", [], P, "BE", "Prime Minister"), UN],
 [(["United Nations", "Charles Michel"], IP, H, "2015-10-01", None,
   ["2030 Sustainable Development Agenda", "Central Africa", "Counter-terrorism"],
   "The Secretary-General met today H.E. Mr. Charles Michel, Prime Minister of Belgium.")],
 [("2030 Sustainable Development Agenda", ["2030 Sustainable Development Agenda", "Sustainable Development Agenda process"]),
  ("Central Africa", ["situation in Central Africa", "Democratic Republic of the Congo and Burundi"]),
  ("Counter-terrorism", ["international efforts in the field of counter-terrorism", "UN Plan of Action to Prevent Violent Extremism"])],
 "place/date lines and site label")

mk("un-2014-ban-garibashvili-munich", "search corpus pages (UN Secretary-General readout, un.org 'offthecuff'); site header, place/date line and trailing 'Readouts on 1 February 2014' removed",
 "http://www.un.org/sg/offthecuff/index.asp?nid=3286",
 "Readout of the Secretary-General’s meeting with H.E. Mr. Irakli Garibashvili, Prime Minister of Georgia", "2014-02-01",
"""The Secretary-General met today with H.E. Mr. Irakli Garibashvili, Prime Minister of Georgia.

The Secretary-General congratulated the Prime Minister on his recent appointment and expressed his hope for continued strong cooperation between the Government of Georgia and the United Nations.

The Secretary-General and the Prime Minister discussed the importance of the Geneva International Discussions as well as the need to address the humanitarian and developmental needs of the people on the ground throughout Georgia, and to enhance human rights, peace and security.

The Secretary-General invited the Government of Georgia to participate at the highest level in the Climate Summit that he will host in New York on 23 September 2014.""",
 ["GE"],
 [("Irakli Garibashvili", [], P, "GE", "Prime Minister"), UN],
 [(["United Nations", "Irakli Garibashvili"], IP, H, "2014-02-01", None,
   ["Georgia-UN cooperation", "Geneva International Discussions", "Humanitarian and development needs in Georgia"],
   "The Secretary-General met today with H.E. Mr. Irakli Garibashvili, Prime Minister of Georgia."),
  (["United Nations", "GE"], ML, PL, "2014-09-23", "New York", [],
   "The Secretary-General invited the Government of Georgia to participate at the highest level in the Climate Summit that he will host in New York on 23 September 2014.")],
 [("Georgia-UN cooperation", ["cooperation between the Government of Georgia and the United Nations"]),
  ("Geneva International Discussions", ["Geneva International Discussions"]),
  ("Humanitarian and development needs in Georgia", ["humanitarian and developmental needs of the people on the ground throughout Georgia", "human rights, peace and security"]),
  ("Climate change", ["Climate Summit"])],
 "site header, place/date line, trailing link")

mk("un-2012-ban-fayyad", "search corpus pages (UN Secretary-General readout, un.org 'offthecuff'); site header, place/date line and trailing 'Readouts on 1 February 2012' removed",
 "http://www.un.org/sg/offthecuff/index.asp?nid=2194",
 "Readout of the Secretary-General's meeting with H.E. Mr. Salam Fayyad, [acting] Prime Minister of the Palestinian Authority", "2012-02-01",
"""The Secretary-General met today [acting] Prime Minister Fayyad. They discussed progress in the Palestinian state-building programme. The Secretary-General commended Prime Minister Fayyad and his Government for the remarkable achievements in establishing and running functional institutions. These efforts only reinforce the case of the legitimate aspirations of the Palestinian people for a state of their own, living side by side in peace with a secure Israel.""",
 ["PS", "IL"],
 [("Salam Fayyad", ["Prime Minister Fayyad"], P, "PS", "Prime Minister"),
  ("Palestinian Authority", [], O, "PS", None), UN],
 [(["United Nations", "Salam Fayyad"], IP, H, "2012-02-01", None, ["Palestinian state-building"],
   "The Secretary-General met today [acting] Prime Minister Fayyad.")],
 [("Palestinian state-building", ["Palestinian state-building programme", "establishing and running functional institutions", "a state of their own"])],
 "site header, place/date line, trailing link")

mk("uk-2019-pm-guterres-unga", "search corpus pages (GOV.UK news story, Prime Minister's Office); 'News story' label and headline removed",
 "https://www.gov.uk/government/news/pm-meeting-with-the-un-secretary-general-24-september-2019",
 "PM meeting with the UN Secretary-General: 24 September 2019", "2019-09-24",
"""The Prime Minister met UN Secretary-General Antonio Guterres today at the General Assembly.

They discussed efforts to tackle climate change and the Secretary-General welcomed the UK’s leadership on this agenda.

They also discussed foreign policy issues, including Yemen, Libya and Syria. On Iran, they agreed on the importance of deescalating tensions.

More broadly the Secretary-General thanked the Prime Minister for the UK’s continued strong support for the work of the United Nations.""",
 ["GB", "YE", "LY", "SY", "IR"],
 [("Antonio Guterres", [], P, None, "UN Secretary-General"), ("United Nations", ["UN"], O, None, None)],
 [(["GB", "Antonio Guterres"], IP, H, "2019-09-24", None, ["Climate change", "Yemen", "Libya", "Syria", "Iran tensions"],
   "The Prime Minister met UN Secretary-General Antonio Guterres today at the General Assembly."),
  (["United Nations", "GB", "Antonio Guterres"], ML, H, "2019-09-24", None, [],
   "The Prime Minister met UN Secretary-General Antonio Guterres today at the General Assembly.")],
 [("Climate change", ["efforts to tackle climate change"]), ("Yemen", ["Yemen"]), ("Libya", ["Libya"]), ("Syria", ["Syria"]),
  ("Iran tensions", ["deescalating tensions"]), ("Support for the United Nations", ["support for the work of the United Nations"])],
 "label and headline")

mk("uk-2018-pm-guterres-downing-street", "search corpus pages (GOV.UK news story, Prime Minister's Office); headline removed",
 "https://www.gov.uk/government/news/pm-meeting-with-antonio-guterres-2-may-2018",
 "PM meeting with Antonio Guterres: 2 May 2018", "2018-05-02",
"""A Downing Street spokesperson said:

The Prime Minister met the United Nations Secretary General, António Guterres, in Downing Street yesterday for bilateral talks.

The PM and the Secretary General agreed that they were meeting at a time of considerable challenge to the international rules based system. They discussed the recent use of chemical weapons in Syria, and the need to establish an independent investigation and attribution mechanism to deter future use. They also agreed it was important to defend the rules based system, including challenges to the wider non-proliferation system.

The Secretary General thanked the Prime Minister for the UK’s valuable support for the UN’s humanitarian efforts, including those in Somalia, Yemen, and Democratic Republic of the Congo. The Prime Minister said that the UK was committed to continuing our leading role on international development and humanitarian assistance, and supporting the efforts of the UN.

The pair noted the positive outcome of last month’s Commonwealth Heads of Government Meeting at which leaders committed to ensuring 12 years of quality education and learning for all across the Commonwealth, and the Secretary General welcomed the UK’s leadership on global education.

The Secretary General also noted the UK’s work to counter modern slavery and the UN’s commitment to action on this. The Prime Minister welcomed the Secretary General’s efforts, and said that she would continue to call on countries to commit to the Call to Action on modern slavery, which she launched at the UN in September last year.""",
 ["GB", "SY", "SO", "YE", "CD"],
 [("António Guterres", [], P, None, "United Nations Secretary General"), ("United Nations", ["UN"], O, None, None),
  ("Commonwealth", [], O, None, None)],
 [(["GB", "António Guterres"], IP, H, "2018-05-01", "Downing Street",
   ["Chemical weapons in Syria", "Rules-based international system", "Humanitarian assistance", "Global education", "Modern slavery"],
   "The Prime Minister met the United Nations Secretary General, António Guterres, in Downing Street yesterday for bilateral talks."),
  (["Commonwealth"], ML, H, "2018-04", None, ["Global education"],
   "The pair noted the positive outcome of last month’s Commonwealth Heads of Government Meeting at which leaders committed to ensuring 12 years of quality education and learning for all across the Commonwealth, and the Secretary General welcomed the UK’s leadership on global education.")],
 [("Chemical weapons in Syria", ["recent use of chemical weapons in Syria", "independent investigation and attribution mechanism"]),
  ("Rules-based international system", ["international rules based system", "wider non-proliferation system"]),
  ("Humanitarian assistance", ["UN’s humanitarian efforts", "international development and humanitarian assistance"]),
  ("Global education", ["12 years of quality education and learning for all", "global education"]),
  ("Modern slavery", ["counter modern slavery", "Call to Action on modern slavery"])],
 "headline")

mk("uk-2021-pm-griffiths-new-york", "search corpus pages (GOV.UK news story, Prime Minister's Office); date tag removed",
 "https://www.gov.uk/government/news/pm-meeting-with-martin-griffiths-un-under-secretary-general-for-humanitarian-affairs-20-september-2021",
 "PM meeting with Martin Griffiths, UN Under-Secretary General for Humanitarian Affairs: 20 September 2021", "2021-09-20",
"""The Prime Minister met UN Under-Secretary General for Humanitarian Affairs Martin Griffiths in New York today.

Mr Griffiths updated the Prime Minister about his recent visit to Afghanistan and they discussed the need to prevent a humanitarian emergency in the country.

The Prime Minister and Mr Griffiths also discussed a number of other areas including Ethiopia and Yemen and agreed that continued international efforts were required to bring stability to these areas.

The Prime Minister thanked Mr Griffiths for the international leadership he has shown very early on in his new role.""",
 ["AF", "ET", "YE"],
 [("Martin Griffiths", ["Mr Griffiths"], P, None, "UN Under-Secretary General for Humanitarian Affairs"),
  ("United Nations", ["UN"], O, None, None)],
 [(["GB", "Martin Griffiths"], IP, H, "2021-09-20", "New York", ["Afghanistan humanitarian situation", "Ethiopia", "Yemen"],
   "The Prime Minister met UN Under-Secretary General for Humanitarian Affairs Martin Griffiths in New York today.")],
 [("Afghanistan humanitarian situation", ["prevent a humanitarian emergency in the country"]), ("Ethiopia", ["Ethiopia"]), ("Yemen", ["Yemen"])],
 "date tag")
