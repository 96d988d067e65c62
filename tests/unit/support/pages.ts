// Page texts for relevance and pre-check tests, written for these tests in the shapes of real pages
// (news paragraphs, travel guides, sports reports, fairy-tale summaries). Figures in the relevant
// ones are from shared/domain-facts.md.

export interface Page {
  name: string;
  title?: string;
  text: string;
}

export const RELEVANT: Page[] = [
  {
    name: 'zh-Hans news paragraph',
    title: '阿里巴巴宣布未来三年投入3800亿元建设AI基础设施',
    text:
      '阿里巴巴集团首席执行官吴泳铭表示，未来三年阿里巴巴将投入超过3800亿元，用于建设云和AI硬件基础设施，总额超过去十年总和。' +
      '阿里云智能集团的收入同比增长13%，AI相关产品收入连续六个季度实现三位数增长。通义千问开源模型的衍生模型已超过9万个。',
  },
  {
    name: 'zh-Hant news paragraph',
    text:
      '阿里巴巴集團公布季度財報，雲業務營收按年增長34%，人工智能相關產品收入連續九個季度錄得三位數增長。' +
      '執行長吳泳銘表示，集團在AI基礎設施的資本開支可能超過3800億元人民幣，通義千問應用程式下載量亦快速增長。',
  },
  {
    name: 'English news paragraph',
    title: 'Alibaba to spend more on AI infrastructure',
    text:
      'Alibaba Cloud said on Tuesday it would keep cutting prices for its Qwen models. Eddie Wu said Alibaba Group would invest more than ' +
      '380 billion yuan in cloud and AI infrastructure over the next three years, more than it spent in the past decade. Wu said demand ' +
      'for AI compute still outstripped supply, and capital expenditure in the quarter rose to 31.8 billion yuan.',
  },
  {
    name: 'Japanese results article',
    title: 'アリババ、7-9月期は増収　クラウド事業が加速',
    text:
      '中国の電子商取引大手アリババグループが発表した2025年7-9月期決算は、売上高が前年同期比5%増の2477億9500万元だった。' +
      'クラウド事業の売上高は34%増と伸びが加速し、AI関連製品の売上高は9四半期連続で3桁の伸びとなった。呉泳銘CEOは、' +
      '3年間で3,800億元としていたAIインフラへの投資を上積みする可能性に言及した。設備投資は315億元だった。',
  },
  {
    name: 'Japanese export-control article without Alibaba (race only)',
    title: 'エヌビディアのH20輸出規制、中国IT大手に打撃',
    text:
      '米政府がエヌビディアの中国向けAI半導体「H20」の輸出規制を強めたことで、バイトダンスやテンセント、バイドゥなど中国のIT大手は' +
      'GPUの調達計画の見直しを迫られている。各社はデータセンター向けの計算能力を確保する必要があり、国産の選択肢としてファーウェイの' +
      '昇騰チップが挙がる。バイトダンスは2025年のAIインフラに120億ドル超を投じる計画と報じられ、テンセントもAI関連の投資を進めている。' +
      'エヌビディアのGPUに代わる半導体の調達は、各社の設備投資の行方を左右する。',
  },
];

export const IRRELEVANT: Page[] = [
  {
    name: 'fairy tale (ja)',
    title: 'アリババと40人の盗賊 あらすじ',
    text:
      'アリババは貧しい木こりでした。ある日、森で薪を集めていたアリババは、40人の盗賊が岩の前で「開けゴマ」と唱えるのを見ました。' +
      '岩の扉が開き、盗賊たちは宝物を洞窟に隠しました。盗賊が去ったあと、アリババは同じ呪文を唱えて洞窟に入り、金貨を少し持ち帰りました。' +
      '兄のカシムはそれを知って洞窟に向かいますが、呪文を忘れて出られなくなってしまいます。召使いのモルジアナの機転で、アリババは盗賊の' +
      '仕返しから救われました。アラビアンナイト（千夜一夜物語）の中でも特に有名なお話です。',
  },
  {
    name: 'fairy tale (en)',
    title: 'Alibaba and the Forty Thieves: a bedtime story',
    text:
      'Alibaba was a poor woodcutter. One day he saw forty thieves hide their treasure in a cave that opened when their leader cried ' +
      '"Open sesame!" When the thieves left, Alibaba spoke the words, took a bag of gold and went home. His brother Cassim went to the ' +
      'cave too, but forgot the words. The clever servant Morgiana later saved Alibaba from the thieves. The tale is one of the best ' +
      'known of the Arabian Nights.',
  },
  {
    name: 'travel guide (ja) paying with Alipay',
    title: '上海3泊4日モデルコース',
    text:
      '上海旅行の初日は外灘の夜景から。二日目は豫園と南京路で食べ歩き、小籠包の名店は朝から行列です。地下鉄は分かりやすく、' +
      '主要な観光地はほとんど地下鉄で回れます。中国では現金を使う場面が減っており、支払いはアリペイやWeChat Payが便利です。' +
      '出発前にアプリを設定し、クレジットカードを登録しておきましょう。三日目は朱家角の水郷へ日帰りで足を延ばし、最終日は空港へ。' +
      'ホテルは地下鉄駅に近いエリアを選ぶと移動が楽です。天気は春と秋が過ごしやすく、夏は蒸し暑いので水分補給を忘れずに。',
  },
  {
    name: 'stock-market roundup (ja) with one line on Alibaba',
    title: '東証大引け　日経平均は続伸、半導体関連が高い',
    text:
      '東京株式市場で日経平均株価は続伸した。米ハイテク株高を受けて東京エレクトロンや' +
      'アドバンテストなど半導体関連株に買いが入った。トヨタ自動車は円安を背景に上昇し、ソニーグループは小幅安。ファーストリテイリングも' +
      '堅調だった。業種別では電気機器、精密機器の上昇が目立ち、電気・ガスや陸運は下落した。' +
      '個別では決算を発表した銘柄に売りが出た一方、銀行株は続伸した。外国為替市場では円安・ドル高が進んだ。' +
      'アジア市場では、香港ハンセン指数が上昇し、アリババが買われた。韓国総合株価指数は小反落、上海総合指数は小幅高だった。' +
      '市場では来週の米雇用統計を控えて様子見ムードも広がっている。東証スタンダード市場、グロース市場の指数もそろって上昇した。',
  },
  {
    name: 'generic AI how-to (ja) naming OpenAI and Google',
    title: '生成AIで仕事を効率化する5つのコツ',
    text:
      '生成AIを仕事に取り入れる人が増えています。OpenAIのChatGPTやGoogleのGeminiは、メールの下書きや議事録の要約、アイデア出しに' +
      '役立ちます。コツは、目的と条件を具体的に伝えること、出力をそのまま使わずに必ず確認すること、機密情報を入力しないことです。' +
      'AIモデルは得意な作業と不得意な作業があるため、表の整形や文章の言い換えなど、短い作業から試すのがおすすめです。' +
      'プロンプトのテンプレートを作っておくと、毎回の指示が楽になります。',
  },
  {
    name: 'sports (ja) Nets owner Joe Tsai',
    title: 'ネッツ、延長戦を制して連敗止める',
    text:
      'NBAのブルックリン・ネッツは本拠地で延長戦の末に勝利し、連敗を止めた。会場にはオーナーのジョー・ツァイ氏の姿もあった。' +
      'ツァイ氏が見守るなか、若手が終盤に連続得点を挙げ、ヘッドコーチは「守備の粘りが勝因だ」と話した。ネッツは次戦、敵地でニックスと対戦する。',
  },
  {
    name: 'sports (en) Nets owner Joe Tsai',
    text:
      'The Brooklyn Nets won in overtime on Sunday, ending a losing skid. Nets owner Joe Tsai watched from courtside, and Mr Tsai ' +
      'greeted the players after the buzzer. The coach said the young roster kept its nerve. The Nets visit the Knicks on Wednesday.',
  },
  {
    name: 'restaurant (en)',
    title: 'Alibaba Kebab House review',
    text:
      'Alibaba Kebab House is a small family restaurant near the station. The menu has lamb kebab, falafel and a very good lentil soup. ' +
      'We ordered the mixed grill for two and it arrived quickly. Prices are fair and the staff are friendly. Alibaba opens at 11 am and ' +
      'closes late on weekends.',
  },
  {
    name: 'ants (ja)',
    title: 'アリの巣の観察日記',
    text: '夏休みの自由研究で、庭のアリの巣を観察しました。アリは列を作って砂糖を運び、雨の前には巣の入り口をふさいでいました。アリの種類は図鑑で調べました。',
  },
];

/** Unrelated Japanese prose for timing the pre-check (no company names). */
export const UNRELATED_JA =
  '今日は朝から雨が降っていた。駅前の商店街では、夏祭りの準備が進んでいる。町内会の人たちは提灯を飾り、子どもたちは太鼓の練習に' +
  '励んでいた。午後には雨も上がり、公園のあじさいがきれいに咲いていた。夕方のニュースでは、週末の天気は晴れの予報だった。' +
  '図書館では読書週間の催しとして、地元の作家による朗読会が開かれた。参加者は熱心に耳を傾け、質問の時間には多くの手が挙がった。' +
  '台所では、母が季節の野菜を使った煮物を作っていた。なすとかぼちゃを出汁で煮て、しょうゆとみりんで味を調える。';
