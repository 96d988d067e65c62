// Han variant folding (and ヴ as ブ, below) for matching only: traditional and Japanese forms map to the simplified form,
// one code unit for one, so offsets do not move. Pages mix scripts (雲棲大会 / 雲栖大会 / 云栖大会,
// 阿里雲智能集团, 淘寶天猫): with the automaton built over folded names and run over folded text,
// one KB spelling covers them all. Left out: forms whose simplified char is also another word's
// (後/后 empress, 臺/台, 乾/干, 髮/发 hair) and 徳/德 (Japanese 高徳 is a word, Chinese 高德 is Amap).

// Pairs "variant simplified", one per two chars.
const PAIRS =
  '団团團团雲云計计業业寶宝貓猫國国電电務务際际數数螞蚂蟻蚁鳥鸟頭头導导體体達达隊队娛娱娯娱銀银貨货術术華华報报夥伙龍龙紀纪製制鎮镇鉄铁鐵铁處处騰腾節节動动訊讯譜谱萬万飛飞鴻鸿統统東东評评湯汤聯联網网絡络' +
  '棲栖會会雙双購购営营營营談谈専专專专項项組组織织變变変变構构證证証证萊莱傑杰滙汇匯汇豐丰資资産产產产監监員员結结滬沪紐纽約约恆恒貿贸興兴機机經经経经軟软蘋苹収收戶户幣币調调總总総总額额義义問问點点暁晓' +
  '曉晓蔣蒋張张遙遥暘旸衛卫韓韩鋒锋習习庫库呉吴吳吴閃闪賣卖売卖図图圖图豬猪馬马鮮鲜優优霊灵靈灵煉炼區区広广廣广為为偉伟輝辉亞亚遜逊來来贊赞門门開开車车長长個个歐欧灣湾陽阳陸陆書书醫医樂乐楽乐與与鐘钟' +
  '錢钱銭钱鏈链驗验験验實实実实學学傳传伝传單单単单應应応应關关関关條条進进運运現现場场聲声貝贝質质財财險险銷销費费稅税權权権权價价価价億亿雜杂訂订記记設设說说説说請请讀读読读識识護护譯译訳译語语論论議议' +
  '買买賽赛觀观観观覧览覽览視视親亲屬属歸归縣县県县園园圓圆維维綫线線线練练綜综緣缘紅红級级納纳純纯絲丝給给範范鏡镜鋼钢錄录録录鎖锁鑽钻陣阵隨随雞鸡飯饭飲饮騎骑驅驱驚惊齊齐齡龄龜龟麥麦黃黄鹽盐發发発发氣气' +
  '気气濟济済济滿满満满榮荣栄荣藥药薬药邊边辺边壓压圧压對对対对戰战戦战轉转転转勞劳労劳據据拠据賢贤棟栋楊杨遠远銘铭閑闲閒闲魚鱼釘钉麼么餓饿廠厂鵝鹅歡欢歓欢晩晚' +
  // Forms seen in the KB's own names (its zh-Hans names against its zh-Hant and Japanese ones: 劉熾平 / 刘炽平,
  // 蘿蔔快跑 / 萝卜快跑), reviewed by hand: a pair the names differ by in translation (集団 / 控股) is no variant.
  // 捜 is the Japanese form of 搜 (捜狐), 勲 of 勳 (黄仁勲).
  '両两兩两兪俞倫伦儲储凱凯則则創创劉刘剣剑劍剑勝胜勢势勳勋協协唄呗喬乔嗶哔嘯啸壇坛壯壮夢梦奧奥媽妈孫孙寧宁層层島岛峽峡崑昆崙仑崢峥師师廳厅強强彥彦從从従从復复愛爱態态慶庆擴扩拡扩攜携攤摊時时暉晖暫暂曠旷極极槳桨標标樹树沢泽澤泽淨净準准潤润濤涛瀏浏瀾澜灘滩烏乌無无爭争爾尔猟猎獵猎瑪玛環环盤盘盧卢碼码礎础礪砺禕祎積积竜龙籃篮紙纸羅罗聞闻聴听聽听脳脑腦脑臉脸舊旧荘庄莊庄蓋盖蔔卜薩萨藍蓝蘇苏蘿萝蝦虾衝冲規规覚觉覺觉許许詩诗誌志認认謀谋謝谢譚谭譽誉賈贾賴赖躍跃軍军辦办連连週周選选郵邮鈞钧鈦钛鉅钜錫锡鎂镁閆闫閻闫陳陈階阶雑杂順顺頓顿領领頻频願愿風风養养餘余魯鲁鯤鲲鰲鳌鳳凤鳴鸣鵠鹄鵬鹏黨党熾炽捜搜勲勋' +
  // Variant forms (OpenCC's 爲 for 為, 啓 for 啟; 髙 and 﨑 in Japanese names).
  '爲为啓启啟启衆众眾众羣群僞伪偽伪峯峰髙高﨑崎' +
  // Katakana spellings of one foreign name (コアウィーヴ / コアウィーブ): ヴ reads as ブ. Not the small
  // vowels: クェン (Qwen) would then match the クエン of クエン酸.
  'ヴブ';

let table: Uint16Array | null = null;

function map(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(65536);
  for (let i = 0; i + 1 < PAIRS.length; i += 2) {
    const from = PAIRS.charCodeAt(i);
    const to = PAIRS.charCodeAt(i + 1);
    if (from !== to) t[from] = to;
  }
  return (table = t);
}

/** One char folded (its code when it has no simplified form in the table). */
export function foldHanChar(c: number): number {
  return map()[c] || c;
}

/** s with every listed traditional / Japanese form replaced by its simplified form (same length). */
export function foldHan(s: string): string {
  const t = map();
  let i = 0;
  while (i < s.length && !t[s.charCodeAt(i)]) i++;
  if (i === s.length) return s;
  const out = new Uint16Array(s.length);
  for (let j = 0; j < s.length; j++) {
    const c = s.charCodeAt(j);
    out[j] = t[c] || c;
  }
  const parts: string[] = [];
  for (let j = 0; j < out.length; j += 8192) parts.push(String.fromCharCode(...out.subarray(j, j + 8192)));
  return parts.join('');
}
