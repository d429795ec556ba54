# Journey: your rights on a waiting list.
# Structure and sources: src/journeys/waiting_list_rights.rs

waiting-list-rights =
    .title = Os seus direitos quando espera por cuidados no hospital
    .summary = Escolher o seu hospital, pedir para mudar depois de uma longa espera e como reconhecer SMS falsos.
    .intro = Quando o seu GP (médico de família) o encaminha, tem direitos sobre onde e com que rapidez é visto. Eis quais são e a quem perguntar.
    .keywords = direitos, os meus direitos, escolha, escolher hospital, escolher onde, outro hospital, mudar de hospital, espera mais curta, espera longa, 18 semanas, espera demasiado longa, SMS da lista de espera, este SMS é verdadeiro, burla, SMS falso, mensagem falsa, SMS do NHS, perder o lugar, reclamação, queixa, rights, my rights, choice, choose hospital, other hospital, move hospital, shorter wait, long wait, 18 weeks, waiting too long, waiting list text, is this text real, scam, scam text, fake text, NHS text, lose my place, complaint

waiting-list-rights-choice =
    .title = Muitas vezes, pode escolher o seu hospital
    .body =
        Quando o seu GP o encaminha, muitas vezes pode escolher o hospital ou a clínica onde vai. Em Inglaterra, isto é um direito seu, para a maior parte dos encaminhamentos de rotina.
        Pode comparar os tempos médios de espera no site My Planned Care. Pergunte ao seu GP que sítios pode escolher.
    .if-not = Se não lhe deram escolha e queria escolher, pergunte ao consultório do seu GP. Também pode perguntar à equipa de marcações quando marcar.
    .ask =
        Que hospitais posso escolher?
        Qual tem a espera mais curta?

waiting-list-rights-long-wait =
    .title = Se já esperou muito tempo
    .body =
        Para a maior parte dos problemas que não são urgentes, tem direito a começar o tratamento no prazo de 18 semanas a contar do encaminhamento. Isto está na Constituição do NHS (NHS Constitution).
        Hoje em dia, muitas esperas são mais longas do que isto. Se a sua for, pode perguntar se pode mudar para outro hospital com uma espera mais curta.
        Pergunte à equipa do hospital. Em alguns casos, são eles que o contactam para lhe oferecer isto.
    .if-not = Se a equipa do hospital não puder ajudar, pergunte ao consultório do seu GP. Também pode perguntar à equipa de apoio ao doente do hospital.
    .ask =
        Posso ser visto mais cedo noutro sítio?
        Se mudar, muda quem trata de mim?

waiting-list-rights-texts =
    .title = SMS para confirmar se ainda precisa de ter consulta
    .body =
        O hospital pode enviar um SMS para confirmar se ainda precisa da consulta. Responda, se puder. Se já não precisar, diga.
        Não vai ser tirado da lista só porque não respondeu. A decisão de que já não precisa de ter consulta só pode ser tomada por si ou por um médico.
    .if-not = Se estiver preocupado por ter sido tirado da lista, ligue para a equipa do hospital e pergunte.
    .ask =
        Ainda estou na vossa lista?
        Como me vão contactar?

waiting-list-rights-scams =
    .title = Como reconhecer um SMS falso
    .body =
        Alguns SMS fingem ser do NHS. Podem dizer que vai perder o seu lugar se não carregar num link.
        O NHS não lhe vai pedir que pague, nem que dê os seus dados bancários, para manter o seu lugar ou para marcar.
        Se não tiver a certeza de que um SMS é verdadeiro, não use o link. Ligue para o número que está na carta do hospital, ou pergunte ao consultório do seu GP.
    .if-not = Se carregou num link e deu os seus dados bancários, ligue logo para o seu banco.
    .ask =
        Este SMS é mesmo vosso?

waiting-list-rights-help =
    .title = Se acha que os seus direitos não foram respeitados
    .body =
        Primeiro, fale com a equipa do hospital. Podem conseguir resolver o problema.
        Se não, peça para falar com a equipa de apoio ao doente do hospital. Ajudam quando algo corre mal. Também lhe podem dizer como fazer uma reclamação.
    .if-not = Se a equipa de apoio ao doente não puder ajudar, pergunte-lhes como fazer uma reclamação. Também pode informar o consultório do seu GP.
    .ask =
        Quem me pode ajudar com isto?
        Como faço uma reclamação?
