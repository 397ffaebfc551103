//go:build ignore

// gen renders the advert test images: each advert is written as HTML in one
// of four looks (a poster, a Facebook post, a WhatsApp forward, a newspaper
// classified), screenshot by headless Chromium, then degraded the way such
// images reach Hoshyar: clean, WhatsApp-compressed (downscaled, JPEG
// quality 35-45) or photographed (tilted, unevenly lit, noisy, JPEG 50-60).
// truth.json beside the images holds what each one says.
//
//	go run ./ocr/testdata/adverts/gen.go    (needs chromium and Noto fonts)
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
)

// advert is one advert and what it says.
type advert struct {
	ID      string   `json:"id"`
	Lang    string   `json:"lang"` // ur, en, mixed
	Look    string   `json:"look"` // poster, facebook, whatsapp, newspaper
	Damage  string   `json:"damage"`
	Phones  []string `json:"phones"`  // E.164
	Country string   `json:"country"` // ISO 3166-1
	Fee     float64  `json:"fee"`     // PKR asked
	Title   string   `json:"-"`
	Lines   []string `json:"-"`
	Phone   string   `json:"-"` // as printed
	File    string   `json:"file"`
}

var adverts = []advert{
	// Urdu script.
	{ID: "ur01", Lang: "ur", Look: "poster", Damage: "clean", Phones: []string{"+923001234567"}, Country: "AE", Fee: 150000,
		Title: "دبئی میں نوکریاں", Lines: []string{"ڈرائیور اور مزدور کی فوری ضرورت", "تنخواہ 2500 درہم ماہانہ", "ویزا فیس صرف 1,50,000 روپے"}, Phone: "0300-1234567"},
	{ID: "ur02", Lang: "ur", Look: "poster", Damage: "whatsapp", Phones: []string{"+923214567890"}, Country: "SA", Fee: 250000,
		Title: "سعودی عرب ویزا", Lines: []string{"کمپنی ویزا، رہائش اور کھانا فری", "فیس 2,50,000 روپے", "ایڈوانس جاز کیش پر بھیجیں"}, Phone: "0321 4567890"},
	{ID: "ur03", Lang: "ur", Look: "facebook", Damage: "whatsapp", Phones: []string{"+923337654321"}, Country: "QA", Fee: 300000,
		Title: "قطر جاب آفر", Lines: []string{"سیکیورٹی گارڈ کی ضرورت ہے", "عمر 20 سے 35 سال", "کل خرچہ 3 لاکھ روپے", "صرف سنجیدہ حضرات رابطہ کریں"}, Phone: "0333-7654321"},
	{ID: "ur04", Lang: "ur", Look: "whatsapp", Damage: "clean", Phones: []string{"+923451112233"}, Country: "MY", Fee: 400000,
		Title: "ملائیشیا کے لیے فیکٹری ورکر", Lines: []string{"تنخواہ ایک لاکھ روپے", "ویزا اور ٹکٹ کی فیس 4 لاکھ روپے", "آج ہی رابطہ کریں"}, Phone: "03451112233"},
	{ID: "ur05", Lang: "ur", Look: "newspaper", Damage: "photo", Phones: []string{"+923008889990"}, Country: "OM", Fee: 180000,
		Title: "عمان کے لیے مستری درکار", Lines: []string{"الیکٹریشن، پلمبر، ویلڈر", "پروسیسنگ فیس 1,80,000 روپے", "انٹرویو لاہور میں"}, Phone: "0300-8889990"},
	{ID: "ur06", Lang: "ur", Look: "poster", Damage: "photo", Phones: []string{"+923124445566"}, Country: "KW", Fee: 350000,
		Title: "کویت میں ملازمت", Lines: []string{"ہیلپر اور کلینر کی آسامیاں", "ویزا فیس 3,50,000 روپے", "پاسپورٹ کے ساتھ فوراً آئیں"}, Phone: "0312-4445566"},
	{ID: "ur07", Lang: "ur", Look: "facebook", Damage: "clean", Phones: []string{"+923015556677"}, Country: "RO", Fee: 900000,
		Title: "رومانیہ ورک پرمٹ", Lines: []string{"یورپ جانے کا سنہری موقع", "کل فیس 9 لاکھ روپے", "آدھی رقم ایڈوانس"}, Phone: "0301-5556677"},
	{ID: "ur08", Lang: "ur", Look: "whatsapp", Damage: "whatsapp", Phones: []string{"+923067778899"}, Country: "SA", Fee: 200000,
		Title: "ریاض کے لیے ڈرائیور", Lines: []string{"لائسنس والے ڈرائیور چاہئیں", "تنخواہ 2000 ریال", "فیس 2 لاکھ روپے ایزی پیسہ پر"}, Phone: "0306-7778899"},
	{ID: "ur09", Lang: "ur", Look: "newspaper", Damage: "clean", Phones: []string{"+923219998877"}, Country: "AE", Fee: 120000,
		Title: "شارجہ میں فوری ویزے", Lines: []string{"سیلز مین اور کیشیئر", "ویزا فیس 1,20,000 روپے", "دفتر: بلیو ایریا اسلام آباد"}, Phone: "0321-9998877"},
	{ID: "ur10", Lang: "ur", Look: "poster", Damage: "whatsapp", Phones: []string{"+923335552211"}, Country: "QA", Fee: 275000,
		Title: "دوحہ قطر ویزے", Lines: []string{"ہوٹل اسٹاف کی ضرورت", "ٹوٹل فیس 2,75,000 روپے", "ٹکٹ کمپنی دے گی"}, Phone: "0333 5552211"},
	{ID: "ur11", Lang: "ur", Look: "facebook", Damage: "photo", Phones: []string{"+923024443322"}, Country: "MY", Fee: 500000,
		Title: "ملائیشیا کام کا ویزا", Lines: []string{"پلانٹیشن ورکر درکار", "فیس 5 لاکھ روپے", "دو سال کا معاہدہ"}, Phone: "0302-4443322"},
	{ID: "ur12", Lang: "ur", Look: "whatsapp", Damage: "photo", Phones: []string{"+923468881100"}, Country: "OM", Fee: 160000,
		Title: "مسقط عمان جاب", Lines: []string{"باورچی اور ویٹر", "ویزا فیس 1,60,000 روپے", "جلدی کریں سیٹیں محدود ہیں"}, Phone: "0346-8881100"},

	// English.
	{ID: "en01", Lang: "en", Look: "poster", Damage: "clean", Phones: []string{"+923001239876"}, Country: "AE", Fee: 150000,
		Title: "JOBS IN DUBAI", Lines: []string{"Drivers, Helpers, Cleaners", "Salary AED 2,200 per month", "Visa fee only Rs 150,000"}, Phone: "0300-1239876"},
	{ID: "en02", Lang: "en", Look: "facebook", Damage: "whatsapp", Phones: []string{"+923115550000"}, Country: "SA", Fee: 280000,
		Title: "Saudi Arabia Company Visa", Lines: []string{"Urgent requirement of 50 labourers", "Free food and accommodation", "Processing fee PKR 280,000"}, Phone: "0311-5550000"},
	{ID: "en03", Lang: "en", Look: "whatsapp", Damage: "clean", Phones: []string{"+923227776655"}, Country: "QA", Fee: 320000,
		Title: "QATAR WORK VISA", Lines: []string{"Security guards needed", "Age 22 to 40", "Total cost Rs 320,000", "Send advance by JazzCash"}, Phone: "0322 7776655"},
	{ID: "en04", Lang: "en", Look: "newspaper", Damage: "photo", Phones: []string{"+923334441122"}, Country: "MY", Fee: 450000,
		Title: "MALAYSIA FACTORY JOBS", Lines: []string{"Male workers 20-35 years", "Visa and ticket Rs 450,000", "Interview in Rawalpindi"}, Phone: "0333-4441122"},
	{ID: "en05", Lang: "en", Look: "poster", Damage: "whatsapp", Phones: []string{"+923451239900"}, Country: "IT", Fee: 1200000,
		Title: "WORK IN ITALY", Lines: []string{"Farm and factory work", "Guaranteed work permit", "Fee Rs 12 lakh, half in advance"}, Phone: "0345-1239900"},
	{ID: "en06", Lang: "en", Look: "facebook", Damage: "clean", Phones: []string{"+923017778811"}, Country: "OM", Fee: 175000,
		Title: "Oman Jobs Available", Lines: []string{"Electricians and plumbers", "Salary OMR 180", "Fee Rs 175,000 only"}, Phone: "0301-7778811"},
	{ID: "en07", Lang: "en", Look: "whatsapp", Damage: "whatsapp", Phones: []string{"+923129990011"}, Country: "KW", Fee: 330000,
		Title: "KUWAIT VISA OPEN", Lines: []string{"Cleaners and helpers wanted", "Visa fee PKR 330,000", "Contact today, limited seats"}, Phone: "0312-9990011"},
	{ID: "en08", Lang: "en", Look: "newspaper", Damage: "clean", Phones: []string{"+923055554444"}, Country: "GB", Fee: 1500000,
		Title: "UK CARE WORKER VISA", Lines: []string{"Sponsorship guaranteed", "No IELTS required", "Total fee Rs 15 lakh"}, Phone: "0305-5554444"},
	{ID: "en09", Lang: "en", Look: "poster", Damage: "photo", Phones: []string{"+923336667788"}, Country: "RO", Fee: 800000,
		Title: "ROMANIA WORK PERMIT", Lines: []string{"Construction workers needed", "Fee Rs 800,000", "Visa in 30 days"}, Phone: "0333-6667788"},
	{ID: "en10", Lang: "en", Look: "facebook", Damage: "photo", Phones: []string{"+923214443300"}, Country: "AE", Fee: 200000,
		Title: "Abu Dhabi Hiring Now", Lines: []string{"Hotel staff and waiters", "Fee Rs 200,000", "Pay by Easypaisa"}, Phone: "0321-4443300"},
	{ID: "en11", Lang: "en", Look: "whatsapp", Damage: "photo", Phones: []string{"+923008887766"}, Country: "SA", Fee: 260000,
		Title: "JEDDAH JOBS", Lines: []string{"Drivers with licence", "Salary SAR 2,500", "Fee Rs 260,000"}, Phone: "0300-8887766"},
	{ID: "en12", Lang: "en", Look: "newspaper", Damage: "whatsapp", Phones: []string{"+923453332211"}, Country: "PL", Fee: 1000000,
		Title: "POLAND WORK VISA", Lines: []string{"Warehouse and packing jobs", "Fee Rs 10 lakh", "Apply with passport copy"}, Phone: "0345-3332211"},

	// Mixed: English and Urdu script in one advert.
	{ID: "mx01", Lang: "mixed", Look: "poster", Damage: "clean", Phones: []string{"+923001112244"}, Country: "AE", Fee: 160000,
		Title: "DUBAI JOBS دبئی", Lines: []string{"ڈرائیور، ہیلپر، کلینر", "Visa fee Rs 160,000", "فوری رابطہ کریں"}, Phone: "0300-1112244"},
	{ID: "mx02", Lang: "mixed", Look: "facebook", Damage: "whatsapp", Phones: []string{"+923216665544"}, Country: "SA", Fee: 240000,
		Title: "SAUDI VISA سعودی ویزا", Lines: []string{"کمپنی ویزا دستیاب ہے", "Fee PKR 240,000", "رہائش اور کھانا فری"}, Phone: "0321-6665544"},
	{ID: "mx03", Lang: "mixed", Look: "whatsapp", Damage: "clean", Phones: []string{"+923338880022"}, Country: "QA", Fee: 310000,
		Title: "QATAR قطر", Lines: []string{"سیکیورٹی گارڈ چاہئیں", "Total fee Rs 310,000", "ایڈوانس جاز کیش پر"}, Phone: "0333-8880022"},
	{ID: "mx04", Lang: "mixed", Look: "newspaper", Damage: "photo", Phones: []string{"+923451110099"}, Country: "MY", Fee: 420000,
		Title: "MALAYSIA ملائیشیا", Lines: []string{"فیکٹری ورکر کی ضرورت", "Fee Rs 420,000", "انٹرویو پشاور میں"}, Phone: "0345-1110099"},
	{ID: "mx05", Lang: "mixed", Look: "poster", Damage: "whatsapp", Phones: []string{"+923017775533"}, Country: "OM", Fee: 190000,
		Title: "OMAN JOBS عمان", Lines: []string{"مستری اور الیکٹریشن", "Fee Rs 190,000 only", "سیٹیں محدود ہیں"}, Phone: "0301-7775533"},
	{ID: "mx06", Lang: "mixed", Look: "facebook", Damage: "clean", Phones: []string{"+923125557799"}, Country: "KW", Fee: 340000,
		Title: "KUWAIT کویت", Lines: []string{"ہیلپر اور کلینر", "Visa fee PKR 340,000", "پاسپورٹ ساتھ لائیں"}, Phone: "0312-5557799"},
	{ID: "mx07", Lang: "mixed", Look: "whatsapp", Damage: "whatsapp", Phones: []string{"+923069994433"}, Country: "IT", Fee: 1100000,
		Title: "ITALY اٹلی", Lines: []string{"یورپ میں کام کا موقع", "Fee Rs 11 lakh", "آدھی رقم ایڈوانس"}, Phone: "0306-9994433"},
	{ID: "mx08", Lang: "mixed", Look: "newspaper", Damage: "clean", Phones: []string{"+923227770066"}, Country: "AE", Fee: 130000,
		Title: "SHARJAH شارجہ", Lines: []string{"سیلز مین اور کیشیئر", "Visa fee Rs 130,000", "دفتر راولپنڈی"}, Phone: "0322-7770066"},
	{ID: "mx09", Lang: "mixed", Look: "poster", Damage: "photo", Phones: []string{"+923332228844"}, Country: "SA", Fee: 270000,
		Title: "RIYADH ریاض", Lines: []string{"ڈرائیور چاہئیں", "Fee Rs 270,000", "Salary SAR 2,000"}, Phone: "0333-2228844"},
	{ID: "mx10", Lang: "mixed", Look: "facebook", Damage: "photo", Phones: []string{"+923024446688"}, Country: "RO", Fee: 850000,
		Title: "ROMANIA رومانیہ", Lines: []string{"ورک پرمٹ کی گارنٹی", "Fee Rs 850,000", "جلدی اپلائی کریں"}, Phone: "0302-4446688"},
	{ID: "mx11", Lang: "mixed", Look: "whatsapp", Damage: "photo", Phones: []string{"+923461113355"}, Country: "QA", Fee: 290000,
		Title: "DOHA دوحہ", Lines: []string{"ہوٹل اسٹاف", "Visa fee Rs 290,000", "ٹکٹ فری"}, Phone: "0346-1113355"},
	{ID: "mx12", Lang: "mixed", Look: "newspaper", Damage: "whatsapp", Phones: []string{"+923009992277"}, Country: "MY", Fee: 480000,
		Title: "MALAYSIA VISA ملائیشیا", Lines: []string{"پلانٹیشن ورکر", "Fee Rs 480,000", "دو سال کا کنٹریکٹ"}, Phone: "0300-9992277"},
}

type look struct {
	width, height int
	scale         float64
	page          string
}

const head = `<!doctype html><html><head><meta charset="utf-8"><style>
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans", "Noto Naskh Arabic", sans-serif; }
.ur { font-family: "Noto Naskh Arabic", sans-serif; }
.phone { direction: ltr; unicode-bidi: isolate; font-family: "Noto Sans", sans-serif; font-weight: 700; }
p, h1 { unicode-bidi: plaintext; }
`

var looks = map[string]look{
	"poster": {600, 820, 1, head + `
body { background: #fff6d5; padding: 0; }
h1 { background: #b71c1c; color: #fff; text-align: center; margin: 0; padding: 22px 10px; font-size: 44px; }
.body { padding: 20px 24px; text-align: center; }
p { font-size: 30px; margin: 14px 0; }
.phone { font-size: 40px; color: #0d47a1; border: 3px dashed #0d47a1; padding: 8px 14px; display: inline-block; margin-top: 18px; }
.foot { background: #1b5e20; color: #fff; font-size: 24px; padding: 10px; text-align: center; position: absolute; bottom: 0; left: 0; right: 0; }
</style></head><body><h1>{{.Title}}</h1><div class="body">{{range .Lines}}<p>{{.}}</p>{{end}}
<p><span class="phone">{{.Phone}}</span></p></div><div class="foot">WhatsApp / Call</div></body></html>`},
	"facebook": {412, 760, 2, head + `
body { background: #f0f2f5; }
.bar { background: #fff; padding: 10px 12px; display: flex; align-items: center; gap: 10px; border-bottom: 1px solid #ddd; }
.avatar { width: 40px; height: 40px; border-radius: 50%; background: #1877f2; }
.name { font-weight: 700; font-size: 15px; color: #050505; }
.time { font-size: 12px; color: #65676b; }
.post { background: #fff; padding: 12px; margin-top: 8px; }
.post h1 { font-size: 22px; margin: 4px 0 10px; color: #050505; }
.post p { font-size: 17px; margin: 6px 0; color: #050505; }
.post .phone { font-size: 19px; color: #050505; }
.actions { background: #fff; border-top: 1px solid #ddd; display: flex; justify-content: space-around; padding: 10px; color: #65676b; font-size: 14px; }
</style></head><body><div class="bar"><div class="avatar"></div><div><div class="name">Overseas Jobs Pakistan</div><div class="time">2h · Public</div></div></div>
<div class="post"><h1>{{.Title}}</h1>{{range .Lines}}<p>{{.}}</p>{{end}}<p>Call / WhatsApp: <span class="phone">{{.Phone}}</span></p></div>
<div class="actions"><span>Like</span><span>Comment</span><span>Share</span></div></body></html>`},
	"whatsapp": {412, 700, 2, head + `
body { background: #efe7de; }
.top { background: #075e54; color: #fff; padding: 14px 12px; font-size: 17px; font-weight: 700; }
.bubble { background: #fff; margin: 14px 40px 14px 10px; padding: 8px 10px; border-radius: 8px; box-shadow: 0 1px 1px rgba(0,0,0,.15); }
.fwd { color: #8696a0; font-style: italic; font-size: 13px; }
.bubble h1 { font-size: 19px; margin: 4px 0 8px; }
.bubble p { font-size: 16px; margin: 5px 0; color: #111b21; }
.bubble .phone { color: #027eb5; font-size: 17px; }
.t { text-align: right; color: #667781; font-size: 11px; }
</style></head><body><div class="top">Jobs Group 🇵🇰</div><div class="bubble"><div class="fwd">↪ Forwarded many times</div>
<h1>{{.Title}}</h1>{{range .Lines}}<p>{{.}}</p>{{end}}<p>Rabta: <span class="phone">{{.Phone}}</span></p><div class="t">10:42 pm</div></div></body></html>`},
	"newspaper": {640, 560, 1, head + `
body { background: #e9e4d8; font-family: "Noto Serif", "Noto Naskh Arabic", serif; padding: 16px; }
.ad { border: 3px double #222; padding: 12px 16px; background: #f3efe4; text-align: center; }
.cls { font-size: 14px; letter-spacing: 2px; color: #444; border-bottom: 1px solid #444; margin-bottom: 8px; }
.ad h1 { font-size: 32px; margin: 6px 0 10px; }
.ad p { font-size: 22px; margin: 6px 0; }
.ad .phone { font-size: 28px; }
.col { color: #555; font-size: 13px; text-align: justify; margin-top: 14px; line-height: 1.3; }
</style></head><body><div class="ad"><div class="cls">SITUATIONS VACANT · ضرورت ہے</div><h1>{{.Title}}</h1>{{range .Lines}}<p>{{.}}</p>{{end}}
<p><span class="phone">{{.Phone}}</span></p></div><div class="col">Ref No. 7731 · Classified · Published for general information; readers are advised to verify every offer with the Protector of Emigrants before paying.</div></body></html>`},
}

func main() {
	dir := filepath.Join("ocr", "testdata", "adverts")
	tmp, err := os.MkdirTemp("", "adverts")
	check(err)
	defer os.RemoveAll(tmp)
	rng := rand.New(rand.NewPCG(13, 13))
	var truth []advert
	for _, ad := range adverts {
		lk := looks[ad.Look]
		var html bytes.Buffer
		check(template.Must(template.New("").Parse(lk.page)).Execute(&html, ad))
		src := filepath.Join(tmp, ad.ID+".html")
		check(os.WriteFile(src, html.Bytes(), 0o644))
		shot := filepath.Join(tmp, ad.ID+".png")
		cmd := exec.Command("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
			fmt.Sprintf("--force-device-scale-factor=%g", lk.scale), fmt.Sprintf("--window-size=%d,%d", lk.width, lk.height),
			"--screenshot="+shot, "file://"+src)
		if out, err := cmd.CombinedOutput(); err != nil {
			panic(fmt.Sprintf("%s: %v\n%s", ad.ID, err, out))
		}
		f, err := os.Open(shot)
		check(err)
		img, err := png.Decode(f)
		f.Close()
		check(err)
		var quality int
		switch ad.Damage {
		case "whatsapp":
			img = scaleTo(img, 0.5+0.15*rng.Float64())
			quality = 35 + rng.IntN(11)
		case "photo":
			img = photograph(img, rng)
			quality = 50 + rng.IntN(11)
		default:
			quality = 80
		}
		ad.File = ad.ID + ".jpg"
		var out bytes.Buffer
		check(jpeg.Encode(&out, img, &jpeg.Options{Quality: quality}))
		check(os.WriteFile(filepath.Join(dir, ad.File), out.Bytes(), 0o644))
		truth = append(truth, ad)
		fmt.Printf("%s %s %s %dx%d %d KB\n", ad.ID, ad.Look, ad.Damage, img.Bounds().Dx(), img.Bounds().Dy(), out.Len()/1024)
	}
	b, err := json.MarshalIndent(truth, "", "  ")
	check(err)
	check(os.WriteFile(filepath.Join(dir, "truth.json"), append(b, '\n'), 0o644))
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}

// scaleTo resizes by factor f with box filtering.
func scaleTo(src image.Image, f float64) *image.RGBA {
	b := src.Bounds()
	w, h := int(float64(b.Dx())*f), int(float64(b.Dy())*f)
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			x0, x1 := int(float64(x)/f), int(float64(x+1)/f)
			y0, y1 := int(float64(y)/f), int(float64(y+1)/f)
			var r, g, bl, n uint32
			for yy := y0; yy < max(y1, y0+1); yy++ {
				for xx := x0; xx < max(x1, x0+1); xx++ {
					cr, cg, cb, _ := src.At(b.Min.X+xx, b.Min.Y+yy).RGBA()
					r, g, bl, n = r+cr, g+cg, bl+cb, n+1
				}
			}
			dst.Set(x, y, color.RGBA{uint8(r / n >> 8), uint8(g / n >> 8), uint8(bl / n >> 8), 255})
		}
	}
	return dst
}

// photograph tilts the image a few degrees on a table-coloured ground,
// lights it unevenly, blurs it a little and adds sensor noise.
func photograph(src image.Image, rng *rand.Rand) *image.RGBA {
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	angle := (1.5 + 2*rng.Float64()) * math.Pi / 180
	if rng.IntN(2) == 0 {
		angle = -angle
	}
	pad := 40
	W, H := w+2*pad, h+2*pad
	dst := image.NewRGBA(image.Rect(0, 0, W, H))
	cx, cy := float64(W)/2, float64(H)/2
	sin, cos := math.Sin(angle), math.Cos(angle)
	lx, ly := rng.Float64()*float64(W), rng.Float64()*float64(H) // the lamp
	diag := math.Hypot(float64(W), float64(H))
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			// Inverse rotation, bilinear sample.
			dx, dy := float64(x)-cx, float64(y)-cy
			sx := cos*dx + sin*dy + float64(w)/2
			sy := -sin*dx + cos*dy + float64(h)/2
			var r, g, bl float64
			if sx >= 0 && sy >= 0 && sx < float64(w-1) && sy < float64(h-1) {
				r, g, bl = bilinear(src, b, sx, sy)
			} else {
				r, g, bl = 120, 100, 80 // the table
			}
			light := 1.05 - 0.35*math.Hypot(float64(x)-lx, float64(y)-ly)/diag
			n := rng.NormFloat64() * 7
			dst.Set(x, y, color.RGBA{clamp(r*light + n), clamp(g*light + n), clamp(bl*light + n), 255})
		}
	}
	return blur(dst)
}

func bilinear(src image.Image, b image.Rectangle, x, y float64) (r, g, bl float64) {
	x0, y0 := int(x), int(y)
	fx, fy := x-float64(x0), y-float64(y0)
	var c [4][3]float64
	for i, p := range [][2]int{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
		cr, cg, cb, _ := src.At(b.Min.X+x0+p[0], b.Min.Y+y0+p[1]).RGBA()
		c[i] = [3]float64{float64(cr >> 8), float64(cg >> 8), float64(cb >> 8)}
	}
	mix := func(k int) float64 {
		top := c[0][k]*(1-fx) + c[1][k]*fx
		bot := c[2][k]*(1-fx) + c[3][k]*fx
		return top*(1-fy) + bot*fy
	}
	return mix(0), mix(1), mix(2)
}

// blur is a 3×3 box blur, light camera shake.
func blur(src *image.RGBA) *image.RGBA {
	b := src.Bounds()
	dst := image.NewRGBA(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			var s [3]int
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					p := image.Pt(x+dx, y+dy)
					if !p.In(b) {
						continue
					}
					c := src.RGBAAt(p.X, p.Y)
					s[0], s[1], s[2], n = s[0]+int(c.R), s[1]+int(c.G), s[2]+int(c.B), n+1
				}
			}
			dst.SetRGBA(x, y, color.RGBA{uint8(s[0] / n), uint8(s[1] / n), uint8(s[2] / n), 255})
		}
	}
	return dst
}

func clamp(v float64) uint8 {
	return uint8(math.Max(0, math.Min(255, v)))
}
