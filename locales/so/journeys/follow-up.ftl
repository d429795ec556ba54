# Journey: follow-up after a clinic, patient initiated follow-up, and discharge from clinic.
# Structure and sources: src/journeys/follow_up.rs

follow-up =
    .title = Waxa dhaca kadib ballan kilinik
    .summary = Cidda qabsata ballantaada ama baaritaankaaga xiga, goorta aad adigu la xiriirto, iyo waxa dhaca marka kilinikku dhammeeyo.
    .intro = Kadib markaad tagto kilinik, kooxda isbitaalka ayaa sheegta waxa xiga. Waxay ku arki karaan mar kale, waxay kaa codsan karaan inaad la xiriirto marka aad u baahato, ama waxay dib kuugu celin karaan GP-gaaga. Halkan waxaa ku qoran cidda waxa qabata xaalad kasta.
    .keywords = dabagal, ballanta xigta, dabagal uu bukaanku bilaabo, PIFU, ballan furan, nala soo xiriir haddii aad na u baahato, laga saaray kilinikka, dib loogu celiyay GP-ga, GP-gaygii, sawir mar kale ah, baaritaan sanadle ah, hubin, follow-up, follow up, patient initiated follow-up, open appointment, see on symptoms, discharged from clinic, discharged to GP, back to my GP, next appointment, repeat scan, recall, check-up, annual review

follow-up-choice =
    .title = Kooxda isbitaalka ayaa sheegta waxa xiga
    .body =
        Dhammaadka ballanta kilinikka, kooxda isbitaalku waxay kuu sheegaan waxa xiga.
        Waxay qabsan karaan ballan kale ama baaritaan. Waxay kaa codsan karaan inaad la xiriirto marka aad u baahato. Ama waxay kaa saari karaan kilinikka (discharge). Tani waxay ka dhigan tahay in GP-gaagu mar kale ku daryeelo.
        Waa inay kuu sheegaan midka ay tahay. Waxay sidoo kale ku qoran tahay warqaddaada kilinikka.
    .if-not = Haddii aadan hubin midka adiga ku khuseeya, wac kooxda isbitaalka oo weydii.
    .ask =
        Mar kale ma ku arki doonaa?
        Adigaa qabsan doona, mise anigaa kula soo xiriiraya?

follow-up-recall =
    .title = Isbitaalku wuxuu qabsadaa ballamihiisa iyo baaritaannadiisa
    .body =
        Haddii kooxda isbitaalku rabaan inay ku arkaan mar kale ama ay baaritaan ku celiyaan, iyagaa qabsada. Tan waxaa ka mid ah hubinta sanad kasta soo noqota.
        GP-gaagu kuuma qabsado ballamaha ama baaritaannada isbitaalka.
    .if-not = Haddii ballan ama baaritaan laguu sheegay aan la qabsan ilaa waqtigii ay sheegeen, wac kooxda isbitaalka.
    .ask =
        Goorma ayaan ku arki doonaa mar kale?
        Yaa qabsada baaritaankayga xiga?

follow-up-patient-initiated =
    .title = Haddii lagaa codsado inaad adigu la xiriirto
    .body =
        Kooxaha qaar ma qabsadaan ballan kale. Halkii, adigaa la xiriira iyaga haddii aad u baahato. Tan waxaa la yiraahdaa patient initiated follow-up, ama PIFU (dabagal uu bukaanku bilaabo).
        Kooxdu waxay ku siisaa lambar taleefan, calaamadaha aad u wacayso, iyo muddada aad tan samayn karto.
        Haddii aadan wicin ilaa dhammaadka muddadaas, kooxdu waxay kaa saari kartaa kilinikka oo kuu celin kartaa GP-gaaga. Waa inay kuu sheegaan kahor intaanay tan samayn.
    .if-not = Haddii aad wacdo oo aadan helin, mar kale isku day maalinta shaqo ee xigta. Haddii aad ka sii darto, la xiriir xarunta GP-gaaga ama NHS 111 isla maalintaas.
    .ask =
        Calaamadahee ayaa ah inaan kula soo xiriiro?
        Muddo intee le'eg ayaan kula soo xiriiri karaa?
        Maxaa dhaca marka muddadaasi dhammaato?

follow-up-discharged =
    .title = Haddii kilinikku ku saaro (discharge)
    .body =
        In lagaa saaro kilinikka waxay ka dhigan tahay in kooxda isbitaalku dhammeeyeen. Xarunta GP-gaaga ayaa mar kale ku daryeesha.
        Warqadda kilinikku waxay GP-gaaga u sheegaysaa waxa xiga ee uu qabanayo, iyo waxa uu u fiirsanayo.
        Haddii dhibaatadu soo noqoto ama sii xumaato, la xiriir xarunta GP-gaaga. GP-gaagu mar kale ayuu ku gudbin karaa haddii aad u baahato.
    .if-not = Haddii aad u malaynayso in si khalad ah lagaa saaray, wac kooxda isbitaalka oo weydii.
    .ask =
        Maxaad iiga saaraysaan kilinikka?
        Xaaladdee ayaa keenaysa inaan dib ugu noqdo GP-gayga?

follow-up-worse =
    .title = Haddii aad ka sii darto
    .body =
        Haddii aad aad uga sii darto, ama aad yeelato calaamado cusub oo ku welwelinaya, la xiriir xarunta GP-gaaga ama wac NHS 111 isla maalintaas. Xaaladaha degdegga ah, wac 999.
        Haddii aad haysato lambarka kooxda isbitaalka, iyagana u sheeg.
    .if-not = Haddii aanu qofna kuu soo celin wicitaanka ilaa dhammaadka maalinta shaqo ee xigta, mar kale wac. Haddii aad ka sii darto, wac NHS 111 isla maalintaas.
    .ask =
        Yaan wacaa habeenkii ama dhammaadka toddobaadka?
