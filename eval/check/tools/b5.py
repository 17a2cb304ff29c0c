from mk import *

mk("letter-2021-duda-steinmeier-floods",
 "search corpus pages (The First News, Poland); nothing removed; no publication date on the page (July 2021 from the events)",
 "https://www.thefirstnews.com/article/polish-president-sends-condolences-to-families-of-flood-victims-in-germany-23378",
 "Polish president sends condolences to families of flood victims in Germany", None,
"""The Polish president, in a letter to his German counterpart wrote that he was saddened to learn of the numerous deaths which were the result of storms and floods in Germany.

President Andrzej Duda's letter to German President Frank-Walter Steinmeier was published on the Polish head of state's website on Friday.

"Dear Mr. President, it is with great sadness that I have learned of the news of the numerous deaths caused by the storms and floods that have hit your country in recent days. It is my hope that the emergency services, whose courage and dedication deserve the highest praise, will soon locate all those people who are missing and provide necessary assistance to the injured," wrote Duda.

The president also expressed hope that the flooding situation would soon improve, and enable all those who were affected to return home and begin the arduous task of rebuilding after the devastation.

"I assure you of our solidarity and readiness, if needed, to provide all possible assistance," he also wrote.

German police reported that the death toll from storms and heavy rains rose on Friday to 103.""",
 ["PL", "DE"],
 [("Andrzej Duda", ["Duda"], P, "PL", "President"),
  ("Frank-Walter Steinmeier", [], P, "DE", "President")],
 [],
 [("Floods in Germany", ["storms and floods in Germany", "storms and floods that have hit your country", "flooding situation"]),
  ("Polish assistance offer", ["readiness, if needed, to provide all possible assistance"])],
 "nothing")
