package timex

import (
	"strings"
	"testing"

	"parley"
)

// tableCases holds date expressions in sentence context, one a line:
//
//	published | sentence | expression | value | earliest..latest
//
// published "-" means no publication date. An expression written as
// "!text" must NOT be tagged (no expression may overlap it). The range is
// optional. The sentences were written for this table; weekdays of the
// publication dates: 2021-06-28 Mon, 2021-01-02 Sat, 2019-11-19 Tue,
// 2020-12-15 Tue, 2022-03-10 Thu, 2023-09-03 Sun, 2024-02-29 Thu,
// 2018-07-06 Fri, 2019-12-30 Mon, 2023-04-01 Sat.
const tableCases = `
# --- the canonical cases of issue 5 (publication Monday 2021-06-28)
2021-06-28 | A spokeswoman announced on Friday that the presidents would hold a video call on Monday. | Friday | 2021-06-25
2021-06-28 | A spokeswoman announced on Friday that the presidents would hold a video call on Monday. | Monday | 2021-06-28
2021-06-28 | On May 19, the two leaders opened a power plant together. | May 19 | 2021-05-19
2021-06-28 | The Geneva summit, held less than two weeks ago, ended without a deal. | less than two weeks ago | 2021-06 | 2021-06-14..2021-06-28
2021-06-28 | It is their second call in the past six weeks. | the past six weeks | 2021 | 2021-05-17..2021-06-28
2021-06-28 | The call coincides with the 20th anniversary of the friendship treaty. | 20th anniversary | 2001
2021-06-28 | The call comes just days before the party celebrates its centennial. | centennial | 1921
2021-06-28 | On Sunday, a state newspaper quoted an expert on the talks. | Sunday | 2021-06-27
2021-06-28 | Monday's meeting is expected to deepen ties. | Monday | 2021-06-28
2021-06-28 | The timing of Monday’s meeting is significant. | Monday | 2021-06-28
2021-06-28 | He first proposed it in an April phone call with the Kremlin. | April | 2021-04
2021-03-23 | The European Union imposed sanctions on Monday. China retaliated within hours, announcing sanctions of its own. | within hours | 2021-03-22
2021-03-23 | China promised a response within hours of the vote. | !within hours
2021-03-23 | The European Union imposed sanctions on Monday. China answered within an hour. | within an hour | 2021-03-22
2021-03-23 | The European Union imposed sanctions on Monday. China answered within a few minutes. | within a few minutes | 2021-03-22
2021-03-23 | The European Union imposed sanctions on Monday. China will answer within an hour of the vote. | !within an hour
2021-06-28 | The March summit was cancelled at short notice. | March | 2021-03
2021-06-28 | April Ryan asked the press secretary about the summit. | !April

# --- a story told in an earlier year keeps its year for a few sentences
2017-04-15 | The banks failed in January 1997. Crowds marched through the capital. On 26 January, police beat the marchers. | 26 January | 1997-01-26
2017-04-15 | The banks failed in January 1997. On 26 January, police beat the marchers. In February, students went on strike. | February | 1997-02
2017-04-15 | The banks failed in January 1997. On 26 January, police beat the marchers. In February, students went on strike. On 2 March, parliament declared an emergency. | 2 March | 1997-03-02
2009-10-02 | The war began on the night of 7 to 8 August 2008. Hours earlier, the president had announced a ceasefire. The report goes on. It blames both sides. On 12 August, the envoy flew to Moscow. | 12 August | 2008-08-12
# not back before the day last named, not past a weekday, not from a "since", not after the news returns
2024-09-15 | The chancellor hosted the first summit on 29 September 2023 in Berlin. The two leaders will meet again in Astana on 17 September. | 17 September | 2024-09-17
2019-06-10 | The talks began on 5 June 2018. On Wednesday, 5 June, the delegation met the vice president. | 5 June | 2019-06-05
2023-06-01 | The country has taken in refugees since February 2022. The president called for a clear signal at the summit in July. | July | 2023-07
2024-04-20 | Russia seized Crimea in February 2014. On Friday, the ministers met in Kyiv. On 12 April, they signed the accord. | 12 April | 2024-04-12
2024-04-20 | Russia seized Crimea in February 2014. A referendum followed. Officials say nothing changed. Talks stalled. The envoys met again. On 12 April, they signed the accord. | 12 April | 2024-04-12

# --- weekdays by tense and modality (Monday 2021-06-28)
2021-06-28 | The ministers will meet on Thursday in Beijing. | Thursday | 2021-07-01
2021-06-28 | The ministers met on Thursday in Beijing. | Thursday | 2021-06-24
2021-06-28 | Algeria cut relations on 24 August. Rabat called the decision unjustified the same evening. | the same evening | 2021-08-24
2020-01-15 | Morrison had planned to visit India in January but postponed the trip. | January | 2020-01
2024-08-20 | On 10 December 2020 Trump recognised Moroccan sovereignty. In March 2022, Sánchez wrote to the king, and Algeria recalled its ambassador the next day. | the next day | 2022-03
# a participle opening the sentence takes the main clause's tense, a saying's too
2020-12-15 | Receiving the prime minister in Cairo on 21 January, the president said the two countries stood together. | 21 January | 2020-01-21
2020-12-15 | Meeting in Geneva on 21 January, the two delegations will discuss trade. | 21 January | 2021-01-21
2021-06-28 | The envoy is set to travel to Moscow on Wednesday. | Wednesday | 2021-06-30
2021-06-28 | The envoy is expected to arrive on Saturday. | Saturday | 2021-07-03
2021-06-28 | The embassy said on Tuesday that it had closed its consulate. | Tuesday | 2021-06-22
2021-06-28 | Parliament is to vote on the bill on Friday. | Friday | 2021-07-02
2021-06-28 | The president plans to visit Kyiv on Tuesday. | Tuesday | 2021-06-29
2021-06-28 | The foreign minister would travel to Berlin next Wednesday, officials said. | next Wednesday | 2021-06-30
2021-06-28 | Protesters gathered outside the embassy last Saturday. | last Saturday | 2021-06-26
2021-06-28 | Police arrested six activists Friday, a spokesman said. | Friday | 2021-06-25
2021-06-28 | Blinken met Netanyahu Friday in Jerusalem. | Friday | 2021-06-25
2021-06-28 | Sisi concluded a two-day visit to Germany on Wednesday. | Wednesday | 2021-06-23
2021-06-28 | Putin will begin a two-day visit to Serbia on Friday. | Friday | 2021-07-02
2021-06-28 | Rep. Will Hurd on Friday criticised the plan. | Friday | 2021-06-25
2021-06-28 | Dutch Prime Minister Mark Rutte on Thursday backed the deal. | Thursday | 2021-06-24
2021-11-19 | Lavrov is scheduled to hold talks with U.S. Secretary of State Mike Pompeo in Washington on December 10, the Russian Foreign Ministry said. | December 10 | 2021-12-10
2021-06-28 | The envoy criticized Beijing Thursday over the vote. | Thursday | 2021-06-24
2021-06-28 | Retailers expect record Black Friday sales. | !Friday
2021-06-28 | Iran Sunday accused the United States of stoking unrest. | Sunday | 2021-06-27
2019-11-19 | The two leaders met in Islamabad on the 12th. | the 12th | 2019-11-12
2019-11-19 | Putin met Orban, the only EU leader to visit Moscow this year, on Monday. | Monday | 2019-11-18
2019-11-19 | A spokesman said on Friday that the two had spoken by phone the previous evening. | the previous evening | 2019-11-14
2019-11-19 | On the eve of Monday's talks, the envoy accused the rebels of sabotage. | the eve of Monday | 2019-11-17
2019-11-19 | The leaders met on Wednesday. The following morning, jets struck the city. | The following morning | 2019-11-14
2019-11-19 | The two leaders met in Islamabad on the 22nd. | the 22nd | 2019-10-22
2019-11-19 | The talks stalled in the 12th round. | !12th
2025-01-03 | Drones struck Kyiv on New Year's Eve. | New Year's Eve | 2024-12-31
2025-01-03 | The acting president met the ambassador on New Year's Day. | New Year's Day | 2025-01-01
2024-12-20 | The two leaders will speak again on Christmas Eve. | Christmas Eve | 2024-12-24
2024-06-10 | Israel struck Nuseirat on Saturday. Hours later, Hamas fired rockets at Tel Aviv. | Hours later | 2024-06-08
2021-06-28 | The two leaders were due to meet in Hanoi in February, but the summit was called off. | February | 2021-02
2021-06-28 | The envoy called off a planned visit to Beijing on Friday. | Friday | 2021-06-25
2021-06-28 | The deal was signed on Good Friday. | !Friday
2021-06-28 | Turnout rose on Super Tuesday this year. | !Tuesday
2021-06-28 | The council voted on Monday to extend the mission. | Monday | 2021-06-28
2021-06-28 | Saturday's rally drew thousands of people. | Saturday | 2021-06-26
2021-06-28 | The senator spoke late Wednesday after the vote. | late Wednesday | 2021-06-23
2021-06-28 | Officials say the talks will resume on Thursday. | Thursday | 2021-07-01
2021-06-28 | Officials said the talks would resume on Thursday. | Thursday | 2021-07-01
2021-06-28 | The two sides agreed on Friday to resume their talks. | Friday | 2021-06-25
2023-04-07 | Narendra Modi paid a state visit to Egypt on Saturday. | Saturday | 2023-04-01
2023-03-18 | A spokesperson said that the visit, from March 20 to 22, would strengthen ties. | from March 20 to 22 | 2023-03
2018-06-11 | The prime minister repeated that Ottawa would impose retaliatory tariffs on up to $16.6-billion worth of American goods on July 1, and he called the claim insulting. | July 1 | 2018-07-01
2023-03-18 | Officials said the summit, on Tuesday, would open a new chapter. | Tuesday | 2023-03-21
2021-06-28 | Rebels freed on Saturday to mark the holiday returned home. | Saturday | 2021-06-26
2025-01-27 | The president convened an emergency meeting of the bloc's leaders for Thursday. | Thursday | 2025-01-30
2025-01-27 | The minister called the envoys in for Friday to explain the decision. | Friday | 2025-01-31
2025-01-27 | The minister thanked his counterpart for Friday's call. | Friday | 2025-01-24

# --- deictic words (Monday 2021-06-28)
2021-06-28 | Talks resumed yesterday in Vienna. | yesterday | 2021-06-27
2021-06-28 | The delegation arrives tomorrow. | tomorrow | 2021-06-29
2021-06-28 | The prime minister will address the nation tonight. | tonight | 2021-06-28
2021-06-28 | Today the court issued its ruling. | Today | 2021-06-28
2021-06-28 | The army fired warning shots yesterday morning. | yesterday morning | 2021-06-27
2021-06-28 | Rockets hit the base last night. | last night | 2021-06-27
2021-06-28 | The minister resigned this morning. | this morning | 2021-06-28
2021-06-28 | The court ruled earlier today that the ban was unlawful. | earlier today | 2021-06-28
2021-06-28 | The ministry said it would respond later today. | later today | 2021-06-28
2021-06-28 | The border reopened the day before yesterday. | the day before yesterday | 2021-06-26
2021-06-28 | The results will be published the day after tomorrow. | the day after tomorrow | 2021-06-30
2021-06-28 | Today's decision surprised the markets. | Today | 2021-06-28

# --- weeks, months and years relative to publication (Monday 2021-06-28)
2021-06-28 | The two sides signed the deal last week. | last week | 2021-06 | 2021-06-21..2021-06-27
2021-06-28 | The talks will continue next week. | next week | 2021-07 | 2021-07-05..2021-07-11
2021-06-28 | The army has been on alert this week. | this week | 2021 | 2021-06-28..2021-07-04
2021-06-28 | The ministry announced the sanctions earlier this month. | earlier this month | 2021-06 | 2021-06-01..2021-06-28
2021-06-28 | The election will take place next month. | next month | 2021-07 | 2021-07-01..2021-07-31
2021-06-28 | The embassy was closed last month. | last month | 2021-05 | 2021-05-01..2021-05-31
2021-06-28 | Elections are due later this year. | later this year | 2021 | 2021-06-28..2021-12-31
2021-06-28 | Inflation rose sharply this year. | this year | 2021 | 2021-01-01..2021-12-31
2021-06-28 | The treaty was signed last year. | last year | 2020 | 2020-01-01..2020-12-31
2021-06-28 | The pipeline should open next year. | next year | 2022
2021-06-28 | The trade war has dragged on for most of this decade. | this decade | 2020 | 2020-01-01..2029-12-31

# --- months and days without a year (Monday 2021-06-28)
2021-06-28 | The sanctions were imposed in May. | May | 2021-05
2021-06-28 | The sanctions will be reviewed in September. | September | 2021-09
2021-06-28 | The president will visit Seoul in May. | May | 2022-05
2021-06-28 | The two sides had agreed to extend the truce until July 18. | July 18 | 2021-07-18
2021-06-28 | The envoy reached Kabul on Wednesday. He had met the Taliban the previous Friday. | the previous Friday | 2021-06-18
2021-06-28 | The talks opened on Monday, June 14. The ministers met again the following Thursday. | the following Thursday | 2021-06-17
2021-06-28 | The visit was expected to take place in May. | May | 2021-05
2021-06-28 | The envoys will meet again in June. | June | 2021-06
2021-06-28 | The treaty was signed in September. | September | 2020-09
2021-06-28 | Prices peaked in May 2021. | May 2021 | 2021-05
2021-06-28 | The border was closed in May of 2020. | May of 2020 | 2020-05
2021-06-28 | The riot on Jan. 6 shocked the nation. | Jan. 6 | 2021-01-06
2021-06-28 | Schools reopen Sept. 1 across the country. | Sept. 1 | 2021-09-01
2021-06-28 | The tariffs will take effect on Dec. 15. | Dec. 15 | 2021-12-15
2021-06-28 | The summit took place on the 19th of May. | the 19th of May | 2021-05-19
2021-06-28 | The forum ran from May 19-21 in Moscow. | May 19-21 | 2021-05 | 2021-05-19..2021-05-21
2021-06-28 | The forum ran from 19-21 May in Moscow. | 19-21 May | 2021-05 | 2021-05-19..2021-05-21
2021-06-28 | Fighting intensified in mid-June. | mid-June | 2021-06 | 2021-06-11..2021-06-20
2021-06-28 | The minister visited Ankara in early June. | early June | 2021-06 | 2021-06-01..2021-06-10
2021-06-28 | The leaders met on July 4 last year. | July 4 last year | 2020-07-04
2021-06-28 | The leaders will meet on July 12. | July 12 | 2021-07-12
2021-06-28 | The envoys will return to Geneva on March 9. | March 9 | 2022-03-09
2021-06-28 | The envoys said on June 20 that they would return to Geneva. | June 20 | 2021-06-20
2021-06-28 | The leaders met on July 12. | July 12 | 2020-07-12

# --- absolute dates in the forms news uses
2021-06-28 | The decree is dated 2021-05-19. | 2021-05-19 | 2021-05-19
2021-06-28 | The document carries the date 19.05.2021. | 19.05.2021 | 2021-05-19
2021-06-28 | The form is dated 05/19/2021. | 05/19/2021 | 2021-05-19
2021-06-28 | The form is dated 19/05/2021. | 19/05/2021 | 2021-05-19
2021-06-28 | The file is dated 2021/05/19. | 2021/05/19 | 2021-05-19
2021-06-28 | The summit opened on 19 May 2021 in Paris. | 19 May 2021 | 2021-05-19
2021-06-28 | The summit opened on May 19th, 2021, in Paris. | May 19th, 2021 | 2021-05-19
2021-06-28 | The group was founded on December 12, 1991. | December 12, 1991 | 1991-12-12
2021-06-28 | The port blast on Aug. 4, 2020, killed more than 200 people. | Aug. 4, 2020 | 2020-08-04
2021-06-28 | The summit took place in 2010. | 2010 | 2010 | 2010-01-01..2010-12-31
2021-06-28 | Since 2014, the region has been contested. | 2014 | 2014
2021-06-28 | Relations were warmer in the 1990s. | the 1990s | 1990 | 1990-01-01..1999-12-31
2021-06-28 | The wars of the early 1990s reshaped the region. | the early 1990s | 1990 | 1990-01-01..1993-12-31
2021-06-28 | The ministry expects growth in early 2022. | early 2022 | 2022 | 2022-01-01..2022-04-30
2021-06-28 | The reform was passed in late 2019. | late 2019 | 2019 | 2019-09-01..2019-12-31
2021-06-28 | Output should recover by mid-2022. | mid-2022 | 2022 | 2022-05-01..2022-08-31
2021-06-28 | In June 2020, the law was passed. | June 2020 | 2020-06

# --- counted offsets (Monday 2021-06-28)
2021-06-28 | On May 19, the leaders met. Two days later, the ministers met again. | Two days later | 2021-05-21
2021-06-28 | The border was closed a decade ago. | a decade ago | 2011 | 2010-01-01..2012-12-31
2021-06-28 | The two states broke off relations three years ago. | three years ago | 2018 | 2018-01-01..2018-12-31
2021-06-28 | The envoy left Kabul two weeks ago. | two weeks ago | 2021-06 | 2021-06-11..2021-06-17
2021-06-28 | Troops withdrew a month ago. | a month ago | 2021-05 | 2021-05-01..2021-05-31
2021-06-28 | The deal was signed just days ago. | just days ago | 2021-06 | 2021-06-18..2021-06-26
2021-06-28 | The ceasefire collapsed a few days ago. | a few days ago | 2021-06 | 2021-06-24..2021-06-26
2021-06-28 | The protests began more than a year ago. | more than a year ago | 2019 | 2019-06-28..2020-06-28
2021-06-28 | The vote will be held in two weeks. | in two weeks | 2021-07 | 2021-07-09..2021-07-15
2021-06-28 | Negotiators hope to reach a deal within three months. | within three months | 2021 | 2021-06-28..2021-09-28
2021-06-28 | The agreement expires in the coming weeks. | the coming weeks | 2021 | 2021-06-28..2021-08-23
2021-06-28 | Talks in the next two weeks will decide the matter. | the next two weeks | 2021 | 2021-06-28..2021-07-12
2021-06-28 | The first attack happened five years ago. | five years ago | 2016
2021-06-28 | The dam was completed 20 years ago. | 20 years ago | 2001
2021-06-28 | The wall fell nearly 32 years ago. | nearly 32 years ago | 1989
2021-06-28 | The deal was signed about a year ago. | about a year ago | 2020
2021-06-28 | The regime fell more than two decades ago. | more than two decades ago | 1991 | 1981-06-28..2001-06-28
2021-06-28 | The inquiry began almost a decade ago. | almost a decade ago | 2011
2021-06-28 | The talks stalled at least three weeks ago. | at least three weeks ago | 2021 | 2021-05-17..2021-06-07
2021-06-28 | The ban was imposed less than a month ago. | less than a month ago | 2021 | 2021-05-28..2021-06-28
2021-06-28 | The strike began fewer than 10 days ago. | fewer than 10 days ago | 2021-06 | 2021-06-18..2021-06-28
2021-06-28 | The rebels took the town under a year ago. | under a year ago | 2020 | 2020-06-28..2021-06-28
2021-06-28 | The state was founded twenty-five years ago. | twenty-five years ago | 1996
2021-06-28 | The envoys met a couple of weeks ago. | a couple of weeks ago | 2021-06 | 2021-06-11..2021-06-17
2021-06-28 | The company left the country several years ago. | several years ago | 2015 | 2012-06-28..2018-06-28
2021-06-28 | The minister visited a few weeks ago. | a few weeks ago | 2021 | 2021-05-31..2021-06-14
2021-06-28 | Fighting in the region killed dozens in the past 10 days. | the past 10 days | 2021-06 | 2021-06-18..2021-06-28
2021-06-28 | Prices rose over the last three months. | the last three months | 2021 | 2021-03-28..2021-06-28
2021-06-28 | Over the past decade, trade has tripled. | the past decade | 2016 | 2011-06-28..2021-06-28
2021-06-28 | The party has lost two elections in the past two years. | the past two years | 2020 | 2019-06-28..2021-06-28
2021-06-28 | More details are expected in the coming days. | the coming days | 2021 | 2021-06-28..2021-07-08
2021-06-28 | A decision is expected in the next few days. | the next few days | 2021 | 2021-06-28..2021-07-02
2021-06-28 | The plant will close in three years' time. | in three years' time | 2024
2021-06-28 | The embassy will reopen in a week's time. | in a week's time | 2021-07 | 2021-07-02..2021-07-08
2021-06-28 | A decision will come a month from now. | a month from now | 2021-07
2021-06-28 | The tariffs will rise two weeks from today. | two weeks from today | 2021-07 | 2021-07-09..2021-07-15
2021-06-28 | Exports have fallen in recent months. | recent months | 2021 | 2020-12-28..2021-06-28
2021-06-28 | In recent days, troops massed at the border. | recent days | 2021-06 | 2021-06-18..2021-06-28

# --- anchored on a date the text established
2019-11-19 | The embassy closed on Nov. 14. Two days earlier, the ambassador had warned of unrest. | Two days earlier | 2019-11-12
2019-11-19 | The hearing took place on Oct. 3. A week later, the prosecutor dropped the case. | A week later | 2019-10 | 2019-10-07..2019-10-13
2019-11-19 | Russia annexed Crimea in 2014. Three years later, sanctions were extended. | Three years later | 2017
2019-11-19 | The ruling came three days after the November 5 election. | three days after | 2019-11-08
2019-12-30 | Talks began on Dec. 26. The previous day, the minister arrived. | The previous day | 2019-12-25
2020-12-15 | Ministers met on Dec. 9. The next day, the deal was signed. | The next day | 2020-12-10
2020-12-15 | Ministers met on Dec. 9. The following week, the deal was signed. | The following week | 2020-12 | 2020-12-14..2020-12-20
2020-12-15 | The summit opened on Dec. 9. The same day, protesters gathered outside. | The same day | 2020-12-09
2019-11-20 | The hearing ended on Tuesday. Lawmakers asked about Trump's July 25 phone call. Later in the day, two more witnesses testified. | Later in the day | 2019-11-19
2024-03-05 | Israel killed a Hamas commander on July 31. | July 31 | 2023-07-31
2020-12-15 | The summit opened on Dec. 9. Leaders arrived. Talks ran late. Aides briefed reporters. Markets were calm. Earlier the same day, protesters gathered outside. | the same day | 2020-12-09
2021-06-26 | On July 16 the two countries mark twenty years since the treaty was signed. | July 16 | 2021-07-16
2021-03-23 | The bloc acted on Monday, its first step since an embargo imposed in 1989. Washington followed on the same day. | the same day | 2021-03-22
2020-12-15 | The strike began on Dec. 1. That day, trains stopped running. | That day | 2020-12-01
2023-10-03 | Haiti first asked for an armed force in October last year. | October last year | 2022-10
2023-10-03 | The border reopened on May 19 last year. | May 19 last year | 2022-05-19
2023-10-03 | The vote is due in June next year. | June next year | 2024-06
2023-10-03 | The talks began in March this year. | March this year | 2023-03
2020-12-15 | The blast happened on Dec. 3. Some 24 hours later, a second bomb exploded. | Some 24 hours later | 2020-12-04
2018-07-06 | The talks broke down on June 1. Several weeks later, they resumed. | Several weeks later | 2018 | 2018-06-22..2018-08-03
2018-07-06 | The vote was held on 23 June 2016. Two years after the 2016 referendum, talks stalled. | Two years after | 2018
2018-07-06 | The treaty was signed on March 1, 2010. Years later, it was revised. | Years later | 2013 | 2012-03-01..2015-03-01
2018-07-06 | The crash happened on May 2. Days later, the airline grounded its fleet. | Days later | 2018-05 | 2018-05-04..2018-05-12
2021-06-28 | The crisis began in 2008. Two years later, the bailout came. | Two years later | 2010

# --- year boundaries
2021-01-02 | The two sides met on December 30 in Ankara. | December 30 | 2020-12-30
2021-01-02 | The deal was signed on Dec. 31. | Dec. 31 | 2020-12-31
2021-01-02 | The new parliament will convene on January 11. | January 11 | 2021-01-11
2021-01-02 | Officials met on Thursday. | Thursday | 2020-12-31
2021-01-02 | The envoy will arrive on Monday. | Monday | 2021-01-04
2021-01-02 | The cabinet met last week. | last week | 2020-12 | 2020-12-21..2020-12-27
2021-01-02 | The law passed this week. | this week | 2020 | 2020-12-28..2021-01-03
2021-01-02 | The vote was held last month. | last month | 2020-12
2021-01-02 | Talks collapsed last year. | last year | 2020
2021-01-02 | The troops withdrew in December. | December | 2020-12
2021-01-02 | The budget was adopted in November. | November | 2020-11
2021-01-02 | The reform takes effect in March. | March | 2021-03
2021-01-02 | Yesterday the president pardoned four guards. | Yesterday | 2021-01-01
2021-01-02 | The results were announced on Dec. 28, 2020. | Dec. 28, 2020 | 2020-12-28
2021-01-02 | The pandemic hit the economy hard in 2020. | 2020 | 2020
2020-12-15 | The embassy will reopen next January. | next January | 2021-01
2020-12-15 | The embassy reopened last January. | last January | 2020-01
2020-12-15 | Elections are scheduled for January 5. | January 5 | 2021-01-05
2019-12-30 | The trade deal will be signed in January. | January | 2020-01
2019-12-30 | The deal will be signed on January 15. | January 15 | 2020-01-15
2019-12-30 | The deal will be signed next month. | next month | 2020-01
2019-12-30 | The ministers will meet on Friday. | Friday | 2020-01-03
2019-12-30 | The ministers met on Friday. | Friday | 2019-12-27
2019-12-30 | The new law takes effect on Wednesday. | Wednesday | 2020-01-01
2019-12-30 | The protests continued throughout December. | December | 2019-12
2019-12-30 | Next year, the bloc will hold elections. | Next year | 2020
2019-12-30 | The president will visit in early January. | early January | 2020-01 | 2020-01-01..2020-01-10
2019-12-30 | The summit is taking place this week. | this week | 2020 | 2019-12-30..2020-01-05
2019-12-30 | Trade grew strongly this decade. | this decade | 2010 | 2010-01-01..2019-12-31
2019-12-30 | The wall should be finished by the end of next year. | the end of next year | 2020 | 2020-11-01..2020-12-31

# --- December 2020 (Tuesday 2020-12-15)
2020-12-15 | The tariffs were due to take effect on Dec. 15. | Dec. 15 | 2020-12-15
2020-12-15 | The vote is scheduled for Friday. | Friday | 2020-12-18
2020-12-15 | The vote was held on Friday. | Friday | 2020-12-11
2020-12-15 | The president spoke on Tuesday. | Tuesday | 2020-12-15
2020-12-15 | The president will speak on Tuesday. | Tuesday | 2020-12-15
2020-12-15 | The ban ends in two days. | in two days | 2020-12-17
2020-12-15 | The lockdown will end early next year. | early next year | 2021 | 2021-01-01..2021-04-30
2020-12-15 | The strike began late last month. | late last month | 2020-11 | 2020-11-21..2020-11-30
2020-12-15 | The ministers met at the end of November. | the end of November | 2020-11 | 2020-11-21..2020-11-30
2020-12-15 | A deal is expected by the end of the year. | the end of the year | 2020 | 2020-11-01..2020-12-31
2020-12-15 | The agency was set up at the beginning of 2019. | the beginning of 2019 | 2019 | 2019-01-01..2019-02-28
2020-12-15 | The forces withdrew this summer. | this summer | 2020 | 2020-06-01..2020-08-31
2020-12-15 | The offensive began last spring. | last spring | 2020 | 2020-03-01..2020-05-31
2020-12-15 | The talks will resume next spring. | next spring | 2021 | 2021-03-01..2021-05-31
2020-12-15 | Elections were held in the summer of 2019. | the summer of 2019 | 2019 | 2019-06-01..2019-08-31
2020-12-15 | The unrest spread over the weekend. | the weekend | 2020-12 | 2020-12-12..2020-12-13
2020-12-15 | Leaders will meet this weekend. | this weekend | 2020-12 | 2020-12-19..2020-12-20
2020-12-15 | Protests erupted last weekend. | last weekend | 2020-12 | 2020-12-12..2020-12-13
2020-12-15 | Talks collapsed in the past 24 hours. | the past 24 hours | 2020-12 | 2020-12-14..2020-12-15
2020-12-15 | The attack happened 48 hours ago. | 48 hours ago | 2020-12-13
2020-12-15 | The bloc was founded in the mid-1990s. | the mid-1990s | 1990 | 1994-01-01..1996-12-31
2020-12-15 | Trade grew fast in the '90s. | the '90s | 1990 | 1990-01-01..1999-12-31
2020-12-15 | The alliance dates to the 1950s. | the 1950s | 1950
2020-12-15 | The treaty's 50th anniversary falls this year. | 50th anniversary | 1970
2020-12-15 | The city marked the bicentennial of its founding. | bicentennial | 1820
2020-12-15 | Two weeks from now, the ban ends. | Two weeks from now | 2020 | 2020-12-26..2021-01-01

# --- November 2019 (Tuesday 2019-11-19)
2019-11-19 | The House held a hearing on Tuesday. | Tuesday | 2019-11-19
2019-11-19 | The president tweeted on Sunday that the trial was a sham. | Sunday | 2019-11-17
2019-11-19 | Tariffs are due to take effect on Dec. 15. | Dec. 15 | 2019-12-15
2019-11-19 | The leaders spoke by phone on July 25. | July 25 | 2019-07-25
2019-11-19 | The vice premier visited the White House on Oct. 11. | Oct. 11 | 2019-10-11
2019-11-19 | Voters went to the polls on November 5th. | November 5th | 2019-11-05
2019-11-19 | Protests began in June. | June | 2019-06
2019-11-19 | Troops were deployed in August. | August | 2019-08
2019-11-19 | Beijing demanded earlier this month that tariffs be rolled back. | earlier this month | 2019-11 | 2019-11-01..2019-11-19
2019-11-19 | Prosecutors first opened the investigation in 2010. | 2010 | 2010
2019-11-19 | The House will vote next month. | next month | 2019-12
2019-11-19 | Demonstrators blocked the road last Friday. | last Friday | 2019-11-15
2019-11-19 | Negotiators met in Beijing last week. | last week | 2019-11 | 2019-11-11..2019-11-17
2019-11-19 | The militants freed the hostages on Tuesday. | Tuesday | 2019-11-19
2019-11-19 | The hostages were abducted in August 2016. | August 2016 | 2016-08
2019-11-19 | The governor's race was decided two weeks ago. | two weeks ago | 2019-11 | 2019-11-02..2019-11-08
2019-11-19 | The tariff was raised to 25% in May. | May | 2019-05
2019-11-19 | The ban was lifted on 3 September. | 3 September | 2019-09-03
2019-11-19 | The fact check was published Nov. 8. | Nov. 8 | 2019-11-08
2019-11-19 | He will testify on Nov. 20. | Nov. 20 | 2019-11-20
2019-11-19 | The trade war began in 2018. | 2018 | 2018
2019-11-19 | The city has seen protests for the past five months. | the past five months | 2019 | 2019-06-19..2019-11-19
2019-11-19 | Crowds marked the 30th anniversary of the fall of the Berlin Wall. | 30th anniversary | 1989
2019-11-19 | Crowds marked the 30th anniversary of the fall of the Berlin Wall. | !fall
2019-11-19 | It is 30 years since the wall came down. | 30 years since | 1989

# --- March 2022 (Thursday 2022-03-10)
2022-03-10 | Russian troops invaded on February 24. | February 24 | 2022-02-24
2022-03-10 | The invasion began two weeks ago. | two weeks ago | 2022-02 | 2022-02-21..2022-02-27
2022-03-10 | The foreign ministers will meet on Thursday in Antalya. | Thursday | 2022-03-10
2022-03-10 | The foreign ministers met in Antalya today. | today | 2022-03-10
2022-03-10 | The sanctions package was announced on Monday. | Monday | 2022-03-07
2022-03-10 | The central bank will meet on March 18. | March 18 | 2022-03-18
2022-03-10 | A ceasefire was agreed on March 3. | March 3 | 2022-03-03
2022-03-10 | Since the 2014 annexation of Crimea, relations have soured. | 2014 | 2014
2022-03-10 | Ukraine applied to join the union on 28 February. | 28 February | 2022-02-28
2022-03-10 | The war could last until the summer. | the summer | 2022 | 2022-06-01..2022-08-31
2022-03-10 | The convoy stalled north of Kyiv earlier this week. | earlier this week | 2022-03 | 2022-03-07..2022-03-10
2022-03-10 | The president will visit Warsaw later this month. | later this month | 2022-03 | 2022-03-10..2022-03-31
2022-03-10 | In mid-February, Washington warned of an invasion. | mid-February | 2022-02 | 2022-02-11..2022-02-20
2022-03-10 | Since late January, officials have warned of war. | late January | 2022-01 | 2022-01-21..2022-01-31
2022-03-10 | The referendum will take place on 16 March. | 16 March | 2022-03-16
2022-03-10 | The ministers met on Wednesday night. | Wednesday night | 2022-03-09
2022-03-10 | Friday's talks ended without agreement. | Friday | 2022-03-04
2022-03-10 | Negotiators met for a third time on Monday. | Monday | 2022-03-07
2022-03-10 | The vote is set for Sunday. | Sunday | 2022-03-13
2022-03-10 | In 2008, Russia fought a war with Georgia. | 2008 | 2008
2022-03-10 | The Kremlin announced the decision 10 days ago. | 10 days ago | 2022-02-28
2022-03-10 | The sanctions will take effect in 30 days. | in 30 days | 2022-04-09
2022-03-10 | He took office in May 2019. | May 2019 | 2019-05
2022-03-10 | The embassy closed on Friday, March 4. | Friday, March 4 | 2022-03-04
2022-03-10 | The summit will be held on Thursday, March 24. | Thursday, March 24 | 2022-03-24
2022-03-10 | The deadline is March 31, 2022. | March 31, 2022 | 2022-03-31
2022-03-10 | The program ran in 2015-16. | 2015-16 | 2015 | 2015-01-01..2016-12-31
2022-03-10 | The plan covers 2022-2026. | 2022-2026 | 2022 | 2022-01-01..2026-12-31
2022-03-10 | Output fell between 2010 and 2015. | between 2010 and 2015 | 2010 | 2010-01-01..2015-12-31
2022-03-10 | The summit will run June 3 to 5. | June 3 to 5 | 2022-06 | 2022-06-03..2022-06-05
2022-03-10 | The minister had met his counterpart on Tuesday. | Tuesday | 2022-03-08
2022-03-10 | Parliament has approved the budget on Monday. | Monday | 2022-03-07
2022-03-10 | The summit will be held on Monday. | Monday | 2022-03-14
2022-03-10 | The summit was held on Monday. | Monday | 2022-03-07
2022-03-10 | The summit is being held on Monday. | Monday | 2022-03-14
2022-03-10 | The talks are to resume on Monday. | Monday | 2022-03-14
2022-03-10 | The talks resume on Monday. | Monday | 2022-03-14
2022-03-10 | Talks are scheduled to resume on Monday. | Monday | 2022-03-14
2022-03-10 | The delegations did not meet on Monday. | Monday | 2022-03-07
2022-03-10 | The two sides agreed to meet again on Monday. | Monday | 2022-03-14
2022-03-10 | The talks have been suspended since Monday. | Monday | 2022-03-07
2022-03-10 | The airspace stays closed until Monday. | Monday | 2022-03-14

# --- September 2023 (Sunday 2023-09-03)
2023-09-03 | The leaders met on Sunday. | Sunday | 2023-09-03
2023-09-03 | The leaders will meet on Sunday. | Sunday | 2023-09-03
2023-09-03 | The leaders met last Sunday. | last Sunday | 2023-08-27
2023-09-03 | The leaders will meet next Sunday. | next Sunday | 2023-09-10
2023-09-03 | Protests took place over the weekend. | the weekend | 2023-09 | 2023-09-02..2023-09-03
2023-09-03 | Protests took place last weekend. | last weekend | 2023-08 | 2023-08-26..2023-08-27
2023-09-03 | The summit opens in New Delhi on Saturday. | Saturday | 2023-09-09
2023-09-03 | The summit opened on Saturday. | Saturday | 2023-09-02
2023-09-03 | The coup took place on July 26. | July 26 | 2023-07-26
2023-09-03 | The junta seized power in late July. | late July | 2023-07 | 2023-07-21..2023-07-31
2023-09-03 | The deadline passed a month ago. | a month ago | 2023-08
2023-09-03 | The accord expires at the end of the month. | the end of the month | 2023-09 | 2023-09-21..2023-09-30
2023-09-03 | The talks were held last month. | last month | 2023-08
2023-09-03 | The delegation will travel to Niamey this month. | this month | 2023-09
2023-09-03 | In August, the bloc threatened military action. | August | 2023-08
2023-09-03 | The elections are due in October. | October | 2023-10
2023-09-03 | The rebels were defeated in October. | October | 2022-10
2023-09-03 | The pact was signed in 1963, six decades ago. | six decades ago | 1963 | 1962-01-01..1964-12-31
2023-09-03 | The country gained independence in 1960. | 1960 | 1960
2023-09-03 | Voters will go to the polls in 2024. | 2024 | 2024
2023-09-03 | The crisis began in the 2010s. | the 2010s | 2010 | 2010-01-01..2019-12-31
2023-09-03 | The coups of the late '80s still matter. | the late '80s | 1980 | 1987-01-01..1989-12-31
2023-09-03 | The republic celebrates its 100th birthday this year. | 100th birthday | 1923
2023-09-03 | The party marked its golden jubilee. | golden jubilee | 1973

# --- a leap day (Thursday 2024-02-29)
2024-02-29 | The treaty was signed on February 29, 2020. | February 29, 2020 | 2020-02-29
2024-02-29 | The vote was held on Feb. 29. | Feb. 29 | 2024-02-29
2024-02-29 | One year ago, the ceasefire collapsed. | One year ago | 2023
2024-02-29 | The president met the envoy yesterday. | yesterday | 2024-02-28
2024-02-29 | The sanctions take effect tomorrow. | tomorrow | 2024-03-01
2024-02-29 | A week ago, the talks stalled. | A week ago | 2024-02 | 2024-02-19..2024-02-25
2024-02-29 | Next Thursday, the council will vote. | Next Thursday | 2024-03-07
2024-02-29 | The council voted on Thursday. | Thursday | 2024-02-29
2024-02-29 | Elections will be held in March. | March | 2024-03
2024-02-29 | Elections were held in March. | March | 2023-03
2024-02-29 | The general election is expected in November. | November | 2024-11

# --- July 2018 (Friday 2018-07-06)
2018-07-06 | The tariffs took effect on Friday. | Friday | 2018-07-06
2018-07-06 | The summit in Helsinki will take place on July 16. | July 16 | 2018-07-16
2018-07-06 | The leaders last met in November. | November | 2017-11
2018-07-06 | The ministers will meet again in November. | November | 2018-11
2018-07-06 | The tariffs were announced on June 15. | June 15 | 2018-06-15
2018-07-06 | The trade war escalated last month. | last month | 2018-06
2018-07-06 | The summit opens on Wednesday in Brussels. | Wednesday | 2018-07-11
2018-07-06 | The president arrived in Brussels on Tuesday evening. | Tuesday evening | 2018-07-03
2018-07-06 | The deal expired on June 30. | June 30 | 2018-06-30
2018-07-06 | The new rules come into force on 1 August. | 1 August | 2018-08-01

# --- anniversaries with their own reference year
2021-06-28 | On May 9, 2020, Moscow marked the 75th anniversary of the victory. | 75th anniversary | 1945
2020-05-01 | The country will mark the 30th anniversary of its independence next year. | 30th anniversary | 1991
2021-06-28 | The region marked the twentieth anniversary of the accord. | twentieth anniversary | 2001
2021-06-28 | Survivors gathered for the 10-year anniversary of the disaster. | 10-year anniversary | 2011
2022-02-01 | Protesters marked the one-year anniversary of the coup. | one-year anniversary | 2021
2018-11-11 | Leaders attended the centenary of the armistice. | centenary | 1918

# --- without a publication date
- | The treaty was signed on 16 July 2001. | 16 July 2001 | 2001-07-16
- | The talks took place on Friday. | Friday |
- | The treaty was signed on May 19, 2021. Two days later, it was ratified. | Two days later | 2021-05-21
- | The agency was founded in 1958. | 1958 | 1958
- | The decree is dated 2021-05-19. | 2021-05-19 | 2021-05-19

# --- known weak spots, kept so the score stays honest: a present tense
# without an auxiliary says nothing the tagger can read
2019-11-19 | The two teams play Saturday in Minneapolis. | Saturday | 2019-11-23
2019-11-19 | The retailer reports earnings Wednesday. | Wednesday | 2019-11-20
2019-11-19 | Both chambers return from recess on Monday. | Monday | 2019-11-25

# --- ranges: one expression from the first word to the last (Saturday
# 2023-04-01). A run of days in one month is valued as its month, a range
# across months as the year it starts in.
2023-04-01 | From 20 to 22 March 2023 the premier stayed in Moscow. | From 20 to 22 March 2023 | 2023-03 | 2023-03-20..2023-03-22
2023-04-01 | Negotiations ran from May 3 to May 5, 2021, in Vienna. | from May 3 to May 5, 2021 | 2021-05 | 2021-05-03..2021-05-05
2023-04-01 | Between 1 and 3 June the finance ministers met in Oslo. | Between 1 and 3 June | 2022-06 | 2022-06-01..2022-06-03
2023-04-01 | The forum, held 14-16 June 2021, closed without a communique. | 14-16 June 2021 | 2021-06 | 2021-06-14..2021-06-16
2023-04-01 | The forum, held 14–16 June 2021, closed without a communique. | 14–16 June 2021 | 2021-06 | 2021-06-14..2021-06-16
2023-04-01 | Talks on June 3-5 went better than expected. | June 3-5 | 2022-06 | 2022-06-03..2022-06-05
2023-04-01 | The envoys will gather 3 to 5 June in Doha. | 3 to 5 June | 2023-06 | 2023-06-03..2023-06-05
2023-04-01 | The envoys gathered 3 to 5 June in Doha. | 3 to 5 June | 2022-06 | 2022-06-03..2022-06-05
2023-04-01 | The general stayed at the front from late March to early April 2023. | from late March to early April 2023 | 2023 | 2023-03-21..2023-04-10
2023-04-01 | Grain exports fell sharply between March and May 2022. | between March and May 2022 | 2022 | 2022-03-01..2022-05-31
2023-04-01 | The observer mission operated from 2019 to 2021. | from 2019 to 2021 | 2019 | 2019-01-01..2021-12-31
2023-04-01 | The leaders will confer from May 3 to May 5 in Geneva. | from May 3 to May 5 | 2023-05 | 2023-05-03..2023-05-05
2023-04-01 | The truce held from 10 to 12 August. | from 10 to 12 August | 2022-08 | 2022-08-10..2022-08-12
2023-04-01 | The border stayed shut from late December to early January. | from late December to early January | 2022 | 2022-12-21..2023-01-10
2023-04-01 | The consulate was closed from May 30 to June 2, 2022. | from May 30 to June 2, 2022 | 2022 | 2022-05-30..2022-06-02
2023-04-01 | The assembly sat from the 20th to the 22nd of March. | from the 20th to the 22nd of March | 2023-03 | 2023-03-20..2023-03-22
2023-04-01 | In 2019 the monitors were deployed from 3 to 5 May. | from 3 to 5 May | 2019-05 | 2019-05-03..2019-05-05
2023-04-01 | Parliament was suspended from March 2021 to June 2022. | from March 2021 to June 2022 | 2021 | 2021-03-01..2022-06-30
2023-04-01 | The fair ran May 3 to May 5, 2021, in Leipzig. | May 3 to May 5, 2021 | 2021-05 | 2021-05-03..2021-05-05
2023-04-01 | Shelling intensified in March to May 2022. | March to May 2022 | 2022 | 2022-03-01..2022-05-31
2023-04-01 | Inspectors visited the plant from July 4 through July 9. | from July 4 through July 9 | 2022-07 | 2022-07-04..2022-07-09
2023-04-01 | The border will stay open from 1 until 15 May. | from 1 until 15 May | 2023-05 | 2023-05-01..2023-05-15
2023-04-01 | Voting ran from May 7 to 9 across the country. | from May 7 to 9 | 2022-05 | 2022-05-07..2022-05-09
2023-04-01 | Rallies were held between May 7 and 9. | between May 7 and 9 | 2022-05 | 2022-05-07..2022-05-09
2023-04-01 | The drills will last until the end of May. | the end of May | 2023-05 | 2023-05-21..2023-05-31
- | The envoy was in Kabul from 20 to 22 March 2023. | from 20 to 22 March 2023 | 2023-03 | 2023-03-20..2023-03-22

# --- what looks like a range but is not one (Saturday 2023-04-01)
2023-04-01 | The home side won 3-1 after extra time. | !3-1
2023-04-01 | The motion failed on a 2-5 vote. | !2-5
2023-04-01 | The figures appear on pages 14-16 of the report. | !14-16
2023-04-01 | Polling stations stay open 1-3 p.m. on weekdays. | !1-3
2023-04-01 | The scheme is open to people aged 18 to 30. | !18 to 30
2023-04-01 | Inflation eased from 2 to 3 percent, the bank said. | !from 2 to 3
2023-04-01 | The polls were open from 9 a.m. to 5 p.m. on voting day. | !9 a.m.
2023-04-01 | The index climbed on May 3 to 5,200 points. | !5,200
2023-04-01 | The index climbed on May 3 to 5,200 points. | May 3 | 2022-05-03
2023-04-01 | Crude prices fell on 3 June to 5 dollars below the cap. | 3 June | 2022-06-03
2023-04-01 | Crude prices fell on 3 June to 5 dollars below the cap. | !5 dollars
2023-04-01 | A judge on March 14 gave the men 16 years each. | March 14 | 2023-03-14
2023-04-01 | The court jailed him on March 14 to 16 years in prison. | March 14 | 2023-03-14
2023-04-01 | The court jailed him on March 14 to 16 years in prison. | !16 years
2023-04-01 | The vote will be postponed from May 3 to May 10. | May 3 | 2023-05-03
2023-04-01 | The vote will be postponed from May 3 to May 10. | May 10 | 2023-05-10
2023-04-01 | Between 1990 and 2000 people fled the valley. | !2000 people

# --- things that are not dates
2021-06-28 | The Sunday Times reported the leak. | !Sunday
2021-06-28 | The Sunday Telegraph printed the letter. | !Sunday
2021-06-28 | The G20 summit will open in Rome. | !20
2021-06-28 | COVID-19 cases rose in the capital. | !19
2021-06-28 | Theresa May resigned as prime minister. | !May
2021-06-28 | Officials said talks may resume. | !may
2021-06-28 | May I add one thing? | !May
2019-11-19 | Mrs May's deal was rejected. | !May
2021-06-28 | Thousands march through the capital. | !march
2021-06-28 | The March on Washington drew huge crowds. | !March
2021-06-28 | The senators voted 141-5 to approve the bill. | !141-5
2021-06-28 | Nearly 2,000 troops were deployed. | !2,000
2021-06-28 | The bill repeals Section 230 protections. | !230
2021-06-28 | The air force will buy more F-35 jets. | !35
2021-06-28 | The fund holds $156 billion in assets. | !156
2021-06-28 | Turnout reached 62% in the capital. | !62
2021-06-28 | Call the hotline at 202-456-1111 for details. | !202-456-1111
2021-06-28 | The country has imposed a 24-hour curfew. | !24-hour
2021-06-28 | About 2000 people joined the rally. | !2000
2021-06-28 | The council adopted Resolution 2334 by a vote of 14-0. | !2334
2021-06-28 | USA Today published the poll. | !Today
2021-06-28 | The shops opened on Black Friday. | !Friday
2021-06-28 | She was a voice of the Arab Spring. | !Spring
2021-06-28 | The fall of Kabul shocked the world. | !fall
2021-06-28 | It was the first time in two years that the leaders met. | !in two years
2021-06-28 | The two-day visit ended. | !two-day
2021-06-28 | The meeting lasted 90 minutes. | !90
2021-06-28 | The vote was 52-48. | !52-48
2021-06-28 | The rate is 3.5%. | !3.5
2021-06-28 | The airline grounded its Boeing 737 jets. | !737
2021-06-28 | The 2,500-strong force arrived. | !2,500
2021-06-28 | The sanctions target 1,200 firms. | !1,200
2021-06-28 | The runner won the race in 2 hours. | !in 2 hours
2021-06-28 | The deal ended the conflict in Northern Ireland. | !in
2021-06-28 | The Good Friday Agreement ended the conflict. | !Friday
2021-06-28 | The Summer Olympics were postponed. | !Summer
2021-06-28 | It was the fourth attack in a week. | !in a week
2021-06-28 | Unemployment hit its highest level in a decade. | !in a decade
2021-06-28 | The account has 2000 followers. | !2000
2021-06-28 | The ruling came three days after the hearing. | !three days after
2021-06-28 | Every Friday, the protesters march to the square. | !Friday
2021-06-28 | An eight-hour meeting ended without a deal. | !eight-hour
# --- a deadline set for what is still to be done (published Thursday 2023-10-05)
2023-10-05 | The government ordered the migrants to leave by Nov. 1. | Nov. 1 | 2023-11-01
2023-10-05 | The government gave the migrants until November 1 to leave. | November 1 | 2023-11-01
2023-10-05 | The last troops had left by November 1. | November 1 | 2022-11-01
`

type tableCase struct {
	line              int
	pub               parley.Date
	text, expr, value string
	earliest, latest  string
	negative          bool
}

func parseTable(t *testing.T) []tableCase {
	t.Helper()
	var cs []tableCase
	for n, line := range strings.Split(tableCases, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "|")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if len(f) < 3 {
			t.Fatalf("table line %d: want at least 3 fields: %q", n, line)
		}
		c := tableCase{line: n, text: f[1], expr: f[2]}
		if f[0] != "-" {
			c.pub = parley.MustParseDate(f[0])
		}
		if strings.HasPrefix(c.expr, "!") {
			c.negative, c.expr = true, c.expr[1:]
		} else if len(f) < 4 {
			t.Fatalf("table line %d: want a value: %q", n, line)
		} else {
			c.value = f[3]
		}
		if len(f) > 4 && f[4] != "" && f[4] != "!" {
			e, l, ok := strings.Cut(f[4], "..")
			if !ok {
				t.Fatalf("table line %d: range %q: want earliest..latest", n, f[4])
			}
			c.earliest, c.latest = e, l
		}
		if !strings.Contains(c.text, c.expr) {
			t.Fatalf("table line %d: %q is not in the sentence", n, c.expr)
		}
		cs = append(cs, c)
	}
	return cs
}

// check runs one case and returns "" when the tagger gets it exactly right,
// or what went wrong.
func (c tableCase) check(tg *Tagger) string {
	got := tg.Tag(c.text, nil, c.pub)
	at := strings.Index(c.text, c.expr)
	want := parley.Span{Start: at, End: at + len(c.expr)}
	if c.negative {
		for _, x := range got {
			if x.Span.Overlaps(want) {
				return "tagged " + describe(x)
			}
		}
		return ""
	}
	for _, x := range got {
		if x.Span != want {
			continue
		}
		if x.Value.String() != c.value {
			return "value " + describe(x)
		}
		if c.earliest != "" && (x.Earliest.String() != c.earliest || x.Latest.String() != c.latest) {
			return "range " + describe(x)
		}
		return ""
	}
	var all []string
	for _, x := range got {
		all = append(all, describe(x))
	}
	return "not found; got " + strings.Join(all, "; ")
}

func describe(x parley.TimeExpr) string {
	return x.Text + " = " + x.Value.String() + " [" + x.Earliest.String() + ".." + x.Latest.String() + "] " + x.Kind
}

// TestIrregularPastLooksBack holds the tagger to the past for a month
// named with a verb whose past tense has no "-ed": the table is scored as
// a whole, so a single case there could fail unseen.
func TestIrregularPastLooksBack(t *testing.T) {
	pub, _ := parley.ParseDate("2025-02-10")
	runCases(t, []tableCase{
		{pub: pub, text: "In July, the EU froze military aid to the country.", expr: "July", value: "2024-07"},
		{pub: pub, text: "In March, the court upheld the verdict.", expr: "March", value: "2024-03"},
		{pub: pub, text: "In May, the army overthrew the president.", expr: "May", value: "2024-05"},
	})
}

// TestModalReachesPastLongObject holds the tagger to a modal's tense
// across a long object with an amount in it: the past verb of a clause
// after the date must not win over "would" before it.
func TestModalReachesPastLongObject(t *testing.T) {
	pub, _ := parley.ParseDate("2018-06-11")
	c := tableCase{pub: pub, text: "The prime minister repeated that Ottawa would impose retaliatory tariffs on up to $16.6-billion worth of American goods on July 1, and he called the claim insulting.",
		expr: "July 1", value: "2018-07-01"}
	if msg := c.check(New()); msg != "" {
		t.Errorf("%q: %s", c.text, msg)
	}
}

// TestScheduledInfinitivesLookAhead holds the tagger to the future for a
// month after an act one is invited, agrees or hopes to do ("to attend",
// "to sign", "to join"), and to the past for the same verbs told done.
func TestScheduledInfinitivesLookAhead(t *testing.T) {
	pub, _ := parley.ParseDate("2024-05-23")
	runCases(t, []tableCase{
		{pub: pub, text: "Vieira invited Wang Yi to attend the meeting in July.", expr: "July", value: "2024-07"},
		{pub: pub, text: "The two sides agreed to sign the deal in July.", expr: "July", value: "2024-07"},
		{pub: pub, text: "Sweden hopes to join the alliance in July.", expr: "July", value: "2024-07"},
		{pub: pub, text: "The leaders signed the deal in July.", expr: "July", value: "2023-07"},
		{pub: pub, text: "Sweden joined the alliance in March.", expr: "March", value: "2024-03"},
		// the date of a verb whose infinitive does not look ahead is its own
		{pub: pub, text: "Norway applied to join the union on Monday.", expr: "Monday", value: "2024-05-20"},
	})
}

// TestRegimesFromTheNewYear holds a year-less day that opens a measure,
// written in late December, to the coming new year, and any other such
// day, or one written months away, to the past one.
func TestRegimesFromTheNewYear(t *testing.T) {
	late, _ := parley.ParseDate("2001-12-27")
	mid, _ := parley.ParseDate("2001-06-27")
	runCases(t, []tableCase{
		{pub: late, text: "India barred the airline from its airspace from January 1.", expr: "January 1", value: "2002-01-01"},
		{pub: late, text: "The new visa rules take effect on January 1.", expr: "January 1", value: "2002-01-01"},
		{pub: late, text: "The ban applies as of January 1.", expr: "January 1", value: "2002-01-01"},
		{pub: late, text: "The two sides met on January 1.", expr: "January 1", value: "2001-01-01"},
		{pub: mid, text: "India barred the airline from its airspace from January 1.", expr: "January 1", value: "2001-01-01"},
	})
}

// TestTable scores the tagger on the table and fails below 97 % exact.
func TestTable(t *testing.T) {
	cs := parseTable(t)
	if len(cs) < 200 {
		t.Fatalf("the table has %d cases; the issue asks for at least 200", len(cs))
	}
	tg := New()
	exact := 0
	for _, c := range cs {
		if msg := c.check(tg); msg != "" {
			t.Logf("miss (line %d) %q in %q (pub %s, want %s %s..%s): %s",
				c.line, c.expr, c.text, c.pub, c.value, c.earliest, c.latest, msg)
			continue
		}
		exact++
	}
	score := 100 * float64(exact) / float64(len(cs))
	t.Logf("date table: %d of %d exact (%.1f %%)", exact, len(cs), score)
	if score < 97 {
		t.Errorf("date table score %.1f %% is below the 97 %% target", score)
	}
}
