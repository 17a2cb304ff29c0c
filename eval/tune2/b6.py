from mk import *
t = """Indian Prime Minister Narendra Modi and Prime Minister Mahinda Rajapaksa are to discuss a wide rand of issues during a Virtual Bilateral Summit on Saturday, 26 September 2020, the Foreign Ministry said today.

On the initiative of Prime Minister Narendra Modi who had a telephone conversation with the newly appointed Prime Minister Mahinda Rajapaksa on 06 August 2020, both leaders agreed to review the multifaceted bilateral relationship through the scheduled Virtual Summit.

The Summit level interaction is expected to focus on the full gamut of bilateral engagement inter-alia political, economic, finance, development, defence and security spheres, educational, tourism and cultural as well as regional and international issues of mutual interest, the Foreign Ministry said.

Relevant subject Ministers and Senior Officials of both countries will associate the leaders at the Summit.

This is the first Virtual Summit level interaction by Prime Minister Mahinda Rajapaksa with a foreign leader since assuming premiership last month."""
mk("news-2020-modi-rajapaksa-virtual-summit", "search corpus pages (Colombo Gazette, Sri Lanka); date tag and closing '(Colombo Gazette)' credit removed; title from the URL slug",
 "https://colombogazette.com/2020/09/23/modi-and-mr-to-discuss-wide-range-of-issues/",
 "Modi and MR to discuss wide range of issues", "2020-09-23", t,
 ["IN"],
 [("Narendra Modi", [], P, "IN", "Prime Minister"), ("Mahinda Rajapaksa", [], P, "LK", "Prime Minister")],
 [(["Narendra Modi", "Mahinda Rajapaksa"], VC, PL, "2020-09-26", None, ["India-Sri Lanka relations"],
   "Indian Prime Minister Narendra Modi and Prime Minister Mahinda Rajapaksa are to discuss a wide rand of issues during a Virtual Bilateral Summit on Saturday, 26 September 2020, the Foreign Ministry said today."),
  (["Narendra Modi", "Mahinda Rajapaksa"], PC, H, "2020-08-06", None, [],
   "On the initiative of Prime Minister Narendra Modi who had a telephone conversation with the newly appointed Prime Minister Mahinda Rajapaksa on 06 August 2020, both leaders agreed to review the multifaceted bilateral relationship through the scheduled Virtual Summit.")],
 [("India-Sri Lanka relations", ["multifaceted bilateral relationship", "full gamut of bilateral engagement", "regional and international issues of mutual interest"])],
 "date tag, closing credit")
