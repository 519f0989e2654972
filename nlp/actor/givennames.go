package actor

import "strings"

// givenNames are common first names from many countries. A capitalised
// pair starting with one ("Jim Bridenstine", "Olena Kovalenko") is taken for
// a person even without a title or a speech verb nearby, which is how news
// usually introduces people the knowledge base cannot know. The list is
// folded (lower case, no accents).
var givenNames = set(strings.Fields(`
aaron abdul abdullah abdel abel abraham adam adel adrian ahmad ahmed aisha akira alan albert alberto alejandro
aleksandr aleksei alex alexander alexandra alexandre alexei alexis alfonso alfred ali alice alicia alina alison
amanda amber amelia amin amir amit amos amy ana anders andre andrea andreas andrei andres andrew andrey andrzej
angela angelina anita ann anna anne annie antonio anthony antony arjun arnold arthur arturo ashraf ashley
audrey ayesha barbara barry bashir beata beatriz ben benjamin bernard bernardo beth betty bill billy bob bogdan
boris brad bradley brandon brenda brendan brian bruce bruno bryan carl carla carlos carmen carol caroline
carrie catherine chad cecilia celine charles charlie charlotte chen cheng chris christian christina christine
christopher chuck claire claudia colin connor craig cristina cynthia daisuke dale dan daniel daniela danielle
danny dario david dean deborah denis dennis derek diana diane diego dmitri dmitry dominic don donald donna
doug douglas duncan dylan ebrahim ed eddie edgar eduardo edward elena eli elias elif elizabeth ella ellen emily
emma emmanuel enrique eric erik erin ernesto ethan eugene eva evan evelyn fabio farah fatima faisal felipe
felix fernando filipe florian francesca francesco francis francisco frank franz fred frederick gabriel gabriela
gareth gary george georgia gerald gerhard gianluca gilbert giorgio giovanni giuseppe glenn gloria gordon grace
graham greg gregory guillaume gustavo hamid hans harold harry hassan hector heinz helen helena henry hiroshi
hitoshi hong howard hugh hugo hussein ian ibrahim igor imran ingrid irene isaac isabel isabella ismail ivan
jack jackie jacob jacques jake james jamie jan jane janet jason javier jean jeff jeffrey jen jennifer jeremy
jerome jerry jesse jessica jesus jill jim jimmy jin joan joanna joao joe joel johan johannes john johnny jon
jonathan jorge jose josef joseph jordan josh joshua juan judith julia julian julie julien justin kai kamal karen karim
karl kate katherine kathleen kathryn katie kazuo keith kelly ken kenji kenneth kevin khaled khalid kim kirill
klaus kofi kumar kurt kyle lars laura lauren lawrence lee leila lena leo leon leonardo leslie liam lily linda
lisa liu liz lorenzo louis louise lucas lucia luis luke luz lydia magnus mahmoud maja manuel marc marcel marco
marcus margaret maria mariana marie marina mario mark marta martha martin mary maryam mason mateo mathieu matt
matthew maurice max maxim maya megan mehmet melanie melissa mia michael michel michelle miguel mikhail mike
milan min ming miriam mohamed mohammad mohammed mohsen monica muhammad murat mustafa nadia naoki naomi nasser
natalia natalie nathan neil nicholas nick nicola nicolas nikita nikolai nina noah noor norman oleg olena olga
oliver olivia omar oscar pablo paolo patricia patrick paul paula pavel pedro peter petr philip philippe pierre
piotr priya rachel rafael rahul raj rajesh ralph ramon randy raul ravi ray raymond rebecca reza ricardo richard
rick rita rob robert roberto robin roger roman ronald rosa ross ruben ruth ryan sabrina said salim salman sam
samantha samir samuel sandra sanjay sara sarah satoshi scott sean sebastian sergei sergey sergio shane sharon
shin shinji simon sofia sonia sophie stanislav stefan stefano stephanie stephen steve steven stuart susan
svetlana takashi takeshi tanya tara taro ted teresa thomas tim timothy tina tobias todd tom tomas tony tracy
travis ulrich valentina valeria valerie vanessa vasily victor victoria viktor vincent virginia vladimir
walter wang wei wen william wolfgang xavier yang yasmin yehuda yevgeny yoshi yoshiko youssef yuki yuri yusuf
yves zainab zhang zoe zoltan
corina fernanda gilberto guillermo orlando ramiro
tommy bobby teddy kenny ronnie willie sammy freddie frankie lenny
abbas abdallah abdelaziz abdelfattah abdelkader abdelmadjid abdulaziz abdulla abdullahi abdulrahman adnan
akram amal amina ammar amr anas anwar ayman aziz badr bandar bassam bilal dalia emad fadi fahad fahd farid
faris farouk fawzi fayez fouad gamal ghassan habib hadi hafez haidar haider hamad hamdan hani hashem hazem
hisham hosni husam ihab imad issam jaber jamal jamil jawad kais khalil latifa layla majid mansour marwan
masoud moncef mounir mourad mukhtar munir nabil nadim naguib najib naji nawaf nizar osama othman qasim rachid
rami rashid riad riyad saad sabah sadiq saeed safwan salah saleh samira saud sayed shadi sharif tamim tarek
tariq taher tawfik usama walid waleed yahya yasser yasir younis yousef zaid zayed ziad alireza esmail farhad
gholamreza hossein javad kazem mehdi mojtaba mostafa shirin ahmet binali bulent cem devlet ekrem emine fatih
hakan hulusi kemal mevlut numan omer ozgur recep selahattin suleyman yasar abiy adama akinwumi alassane amadou
aminata assimi atiku babajide babatunde bheki bobi boubacar cheikh cyril dioncounda emmerson fatou faure femi
fikile goodluck hage hakainde hery hifikepunye idriss isaias jakaya joaquim jomo julius kalonzo kashim kgalema
kwame kwasi kwesi lazarus lindiwe macky mahamadou mahamat mahamudu mamadou modibo mokgweetsi moussa muhammadu
mwai naledi nana netumbo ngozi nkosazana nnamdi nyesom olusegun oumar ousmane raila rigathi riek roch rotimi
sahle salva samia samora sani seyni shehu tendai thabo uhuru umaru yakubu yemi yoweri ajit anura arvind asif
atal baburam benazir bilawal bidya chandrika dinesh droupadi gotabaya ishaq jagdeep jigme khadga khaleda lotay
madhav mahinda maithripala mamata manmohan narendra nawaz nirmala nitish piyush pervez pranab pushpa qamar
rajnath ranil sajith shashi shehbaz smriti subrahmanyam sushma tshering yousaf abhisit anies ferdinand ganjar
hishammuddin hsien jusuf leni luhut mahathir megawati muhyiddin paetongtarn prabowo prawit prayut retno
rodrigo saifuddin srettha susilo thaksin tharman yingluck zahid fumio hirokazu junichiro katsuya koichi naoto
sanae seiji shigeru shinzo tomomi toshimitsu yoko yoshihide yoshihiko yoshimasa yukio yuriko aleksandar
aliaksandr almazbek alyaksandr anatoly andriy armen arseniy askar bakir bidzina boyko davit denys dmytro
dragan dusko edi egils eduard elmar emomali ferenc filip fatos gabrielius gennady georgi giorgi gitanas
gurbanguly gyula hashim hikmet hristijan ilham ilir ingrida irakli iryna istvan ivica janez janos jaroslaw
jeyhun kaja kamchybek karoly kassym katalin kersti kiril kolinda krisjanis kurmanbek kyrylo laszlo levan levon
ljupco maia mateusz mehriban mikheil milo milorad miroslav mykola nikol nikola nikolay nursultan oleksandr
oleksiy ognian petro radoslaw ramzan rexhep roza rumen ruslan sadyr salome serdar serhiy serzh shavkat
slobodan sooronbay stevo sviatlana tomislav toomas traian urmas vahagn valdis valeriy vasile viorica vitali
vitaliy vjosa vladislav vojislav volodymyr vyacheslav yulia yuriy zbigniew zeljko zoran zsolt zurab
aslan avtandil gagik heydar jumber kakha merab nodar nugzar ramaz shota tamaz tengiz vakhtang vazgen zviad alain
annalena antonis bjarni carles edouard elio elisabeth enda enrico erna evangelos francois geert giorgia heiko
horst inigo jens josep kemi keir kyriakos luigi mariano matteo mette micheal nadhim nicos nikos oriol petteri
pieter priti rishi romano sajid sanna sauli segolene sigmar silvio suella tassos theresa ursula wopke yolanda
alvaro anibal barack celso chrystia delcy dilma diosdado edmundo francia henrique hillary horacio irfaan
jacinda jair jeanine jovenel kamala keiko laurentino leopoldo lloyd luiz malcolm manasseh marcelo marise
mauricio mitch nanaia nayib nestor ollanta portia sitiveni tabare vicente violeta voreqe xiomara yamandu
yair naftali benny avigdor gideon yoav itamar bezalel moshe yisrael ehud shimon yitzhak ayelet tzipi gilad yossi reuven avi yuli miri orit merav nir eyal uri bassirou diomaye faustin mamadi kizza evariste pacifique agathon domitien mauro geraldo flavio tarcisio dina valery anton vadim artem arkady
`)...)
