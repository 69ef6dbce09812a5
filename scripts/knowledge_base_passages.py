"""Source text of the retrieval knowledge base (``medllm_utils/resources/data/knowledge_base.jsonl``).

``scripts/make_datasets.py`` reads ``PASSAGES`` and writes the file; edit the passages here, then
rerun the generator. Each entry is ``(id, title, topic, supports, text)``:

* The passages are reference text written for this book in the style of a textbook or guideline
  section: 60 to 150 words on one disease, drug, test or guideline point, general rather than about
  any question's patient. They are not the MCQs' explanations, do not describe the questions'
  vignettes and do not list their answer options; titles name the topic, not an answer.
* ``supports`` lists the MCQ ids (``mcq.jsonl``) whose answer the passage holds the evidence for:
  the relevance judgements (qrels) for recall@k in chapter 3. KB001-KB062 each hold the evidence
  for the question with the same number; a few other passages hold evidence for a question too.
* Passages with empty ``supports`` answer no question. KB063-KB072 are general reference passages
  (the calculators and definitions chapter 3 uses); KB073-KB086 are distractors: topically close
  reference text (often on a wrong option's condition) that competes with the supporting passages
  in retrieval, as in a MedRAG-style noisy corpus.

Facts follow standard textbooks and current major guidelines (KDIGO, ADA, GINA, GOLD, ESC/AHA,
ACOG, USPSTF, resuscitation councils); they are teaching material, not clinical advice.
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str, str, list[str], str]] = [
    ("KB001", "Iron deficiency anemia: causes and laboratory findings", "hematology", ["mcq-001"],
     "Iron deficiency is the most common cause of anemia worldwide. In premenopausal women the usual cause is "
     "menstrual blood loss, sometimes with pregnancy or low dietary intake; in men and postmenopausal women, "
     "gastrointestinal bleeding has to be excluded, often by endoscopy. As stores fall, serum ferritin drops first; "
     "later the red cells become small and pale, giving a microcytic, hypochromic anemia with a reduced mean "
     "corpuscular volume and a wide red cell distribution width. Ferritin is the most useful single test, since a "
     "low value confirms depleted stores, but it rises with inflammation and can then look falsely normal. "
     "Transferrin saturation is low and total iron-binding capacity high. Treatment is oral iron together with "
     "finding and correcting the source of loss."),
    ("KB002", "Scurvy: causes and clinical features", "nutrition", ["mcq-002"],
     "Ascorbic acid is a cofactor for the enzymes that hydroxylate proline and lysine in procollagen; without it "
     "collagen is weak and small vessels become fragile. Humans cannot synthesize the vitamin, so scurvy appears "
     "after some months of a diet lacking fresh fruit and vegetables, and today is seen with alcohol use disorder, "
     "very restrictive diets, social isolation, poverty or malabsorption. Features include fatigue, swollen gums "
     "that bleed easily, loosening teeth, bruising, perifollicular hemorrhages, corkscrew hairs and poor wound "
     "healing; children may have painful subperiosteal bleeding. The diagnosis is mainly clinical and is supported "
     "by a low plasma ascorbate level. Symptoms improve within days of replacement."),
    ("KB003", "Hypothyroidism: laboratory diagnosis", "endocrinology", ["mcq-003"],
     "Thyroid function is assessed first with serum TSH, interpreted together with free thyroxine (free T4). When "
     "the thyroid gland itself fails, most often from chronic autoimmune (Hashimoto) thyroiditis in iodine-sufficient "
     "regions, the pituitary responds with a raised TSH while free T4 falls: this pattern defines primary "
     "hypothyroidism, and a raised TSH with a normal free T4 is subclinical disease. In central hypothyroidism, from "
     "pituitary or hypothalamic disease, free T4 is low but TSH is low or inappropriately normal, so TSH alone can "
     "miss it. Typical symptoms are fatigue, feeling cold, weight gain, constipation, dry skin and slow relaxation of "
     "tendon reflexes. Treatment is levothyroxine, adjusted to the TSH."),
    ("KB004", "Graves disease: mechanism and clinical features", "endocrinology", ["mcq-004"],
     "Graves disease is the most common cause of hyperthyroidism in iodine-sufficient populations. It is an "
     "autoimmune disorder in which IgG autoantibodies bind to and activate the thyrotropin (TSH) receptor on thyroid "
     "follicular cells, mimicking TSH: the gland enlarges diffusely and overproduces thyroid hormone while "
     "pituitary TSH is suppressed. The same immune process acts on orbital fibroblasts, causing Graves orbitopathy "
     "with proptosis, and less often pretibial myxedema. Patients have heat intolerance, weight loss, tremor, "
     "palpitations and a smooth diffuse goiter, sometimes with a bruit. Measuring TSH receptor antibodies (TRAb) "
     "confirms the cause, and radioiodine uptake is diffusely increased. Treatment is with antithyroid drugs, "
     "radioactive iodine or thyroidectomy, with a beta blocker for symptoms."),
    ("KB005", "Glycated hemoglobin (HbA1c): what it measures", "endocrinology", ["mcq-005"],
     "Glucose binds non-enzymatically to hemoglobin throughout the life of the red cell, so the glycated fraction, "
     "HbA1c, reflects mean blood glucose over roughly the previous 8 to 12 weeks, weighted towards the most recent "
     "month. It needs no fasting and varies little from day to day, which makes it the standard measure of long-term "
     "glycemic control and one of the tests used to diagnose diabetes. Results are reported as a percentage or in "
     "mmol/mol; many adults with diabetes are treated to a target of about 7% (53 mmol/mol), individualized by age, "
     "hypoglycemia risk and comorbidity. Fructosamine, a measure of glycated serum proteins, reflects a shorter "
     "window of about 2 to 3 weeks, and finger-stick or continuous glucose monitoring shows day-to-day variation."),
    ("KB006", "Metformin: adverse effects and safe use", "pharmacology", ["mcq-006"],
     "Metformin is the usual first-line drug for type 2 diabetes. It lowers hepatic glucose production and improves "
     "insulin sensitivity without stimulating insulin secretion, so on its own it seldom causes low blood sugar, and "
     "it is weight-neutral or leads to modest weight loss. Its commonest adverse effects are gastrointestinal: "
     "nausea, abdominal discomfort, bloating, a metallic taste and loose stools, which are usually dose-related and "
     "transient and are reduced by starting with a low dose, increasing it gradually, taking it with meals or using "
     "an extended-release form. Long-term use can lower vitamin B12 levels. Lactic acidosis is rare and occurs mostly "
     "with severe kidney impairment, hypoxia or sepsis, so the drug is paused during acute illness."),
    ("KB007", "Inferior myocardial infarction: ECG localization", "cardiology", ["mcq-007"],
     "In ST-elevation myocardial infarction the leads that show ST elevation point to the injured territory and so "
     "to the likely culprit artery. ST segments raised in II, III and aVF, the leads facing the inferior wall of "
     "the left ventricle, mark an inferior infarct. The culprit is usually the right coronary artery, which supplies the inferior wall "
     "in most people (a right-dominant circulation); in a left-dominant circulation it is the circumflex. Greater "
     "elevation in III than in II and reciprocal depression in lead I favor the right coronary artery. Its "
     "occlusion can also infarct the right ventricle, detected with right-sided lead V4R, causing hypotension with "
     "clear lungs and dependence on preload, so nitrates are avoided. Bradycardia and atrioventricular block are "
     "common. Treatment is urgent reperfusion, preferably primary PCI."),
    ("KB008", "Atrial fibrillation: recognition on the ECG", "cardiology", ["mcq-008"],
     "Atrial fibrillation is the most common sustained arrhythmia, and its prevalence rises steeply with age. "
     "Chaotic atrial electrical activity replaces organized atrial contraction, so the ECG shows no discrete P waves, "
     "only a fine or coarse fibrillatory baseline, and the atrioventricular node conducts impulses at random "
     "intervals, giving an irregularly irregular ventricular rhythm, usually with narrow QRS complexes. On "
     "examination the pulse is irregularly irregular and the apical rate may exceed the radial rate (pulse deficit). "
     "Common associations are hypertension, heart failure, valvular and ischemic heart disease, thyrotoxicosis, "
     "alcohol, obesity and sleep apnea. It may be paroxysmal, persistent or permanent. Management covers rate or "
     "rhythm control, treatment of the cause and an assessment of stroke risk."),
    ("KB009", "Atrial fibrillation: stroke prevention", "cardiology", ["mcq-009"],
     "Atrial fibrillation raises the risk of ischemic stroke, mainly through thrombus formed in the left atrial "
     "appendage. The decision to anticoagulate rests on the patient's estimated stroke risk, calculated with the "
     "CHA2DS2-VASc score, which adds points for congestive heart failure, hypertension, age, diabetes, prior stroke "
     "or transient ischemic attack, vascular disease and female sex. Oral anticoagulation is recommended once the "
     "score shows raised risk (by widely used thresholds, 2 or more in men and 3 or more in women) and considered "
     "one point lower; recent European guidance drops the sex point. Direct oral anticoagulants are preferred to "
     "warfarin except with a mechanical valve or moderate-to-severe mitral stenosis. Aspirin is not an adequate "
     "alternative. Bleeding risk is assessed to correct modifiable factors, not to withhold treatment."),
    ("KB010", "Diabetic kidney disease: blood pressure and albuminuria", "cardiology", ["mcq-010"],
     "In people with diabetes, hypertension and albuminuria, guidelines recommend blocking the renin-angiotensin "
     "system with an ACE inhibitor or an angiotensin receptor blocker (ARB), titrated to the highest tolerated dose. "
     "These drugs dilate the efferent arteriole, reduce the pressure inside the glomerulus and lower urinary albumin "
     "loss, slowing the decline of kidney function beyond their effect on blood pressure. An ACE inhibitor and an "
     "ARB should not be combined. Creatinine and potassium are checked within a few weeks of starting or increasing "
     "the dose; a rise in creatinine of up to about 30% is expected. SGLT2 inhibitors add kidney protection in type "
     "2 diabetes when eGFR allows. The urine albumin-to-creatinine ratio is used to detect and follow albuminuria."),
    ("KB011", "Chronic obstructive pulmonary disease: spirometric diagnosis", "pulmonology", ["mcq-011"],
     "Chronic obstructive pulmonary disease (COPD) is a common, preventable lung disease with persistent "
     "respiratory symptoms and airflow limitation, caused mainly by tobacco smoking and, in some regions, by "
     "biomass smoke or occupational dusts. Typical symptoms are progressive breathlessness on exertion, chronic cough "
     "with sputum and recurrent exacerbations. The diagnosis requires spirometry: a ratio of forced expiratory volume "
     "in one second to forced vital capacity (FEV1/FVC) below 0.70 after an inhaled bronchodilator confirms "
     "persistent airflow limitation, and FEV1 as a percentage of predicted grades its severity (GOLD 1 to 4). The "
     "obstruction improves little after the bronchodilator. Management includes stopping smoking, vaccination, "
     "inhaled long-acting bronchodilators, pulmonary rehabilitation and a plan for exacerbations."),
    ("KB012", "Asthma: clinical features and diagnosis", "pulmonology", ["mcq-012"],
     "Asthma is a chronic inflammatory airway disease with respiratory symptoms (wheeze, breathlessness, chest "
     "tightness and cough) that vary over time and in intensity, are often worse at night or early in the morning, "
     "and are triggered by viral infections, allergens, exercise, cold air or smoke. Its defining physiology is "
     "variable expiratory airflow limitation that reverses: a clear improvement in FEV1 (at least 12% and 200 mL in "
     "adults) after an inhaled short-acting bronchodilator, or marked variability in peak flow, supports the "
     "diagnosis. Between episodes spirometry may be normal. A personal or family history of atopy, such as eczema "
     "or allergic rhinitis, is common. Treatment is based on inhaled corticosteroids; current guidance advises "
     "against treating with a short-acting bronchodilator alone."),
    ("KB013", "Pulmonary embolism: risk factors and presentation", "pulmonology", ["mcq-013"],
     "Pulmonary embolism usually arises from deep vein thrombosis of the leg or pelvic veins. Risk follows "
     "Virchow's triad (venous stasis, endothelial injury and hypercoagulability) and is especially high in the "
     "weeks after major orthopedic surgery such as hip or knee replacement, after other major surgery and "
     "immobilization, and with active cancer, pregnancy and estrogen therapy. Onset is often abrupt, with "
     "breathlessness, pleuritic chest pain, tachycardia, tachypnea and hypoxemia, sometimes hemoptysis or syncope; "
     "a large embolism causes hypotension. Clinical probability is estimated first, for example with the Wells "
     "score; a normal D-dimer excludes the diagnosis when probability is not high, and CT pulmonary angiography "
     "confirms it. Anticoagulation is the mainstay of treatment, and thrombolysis is reserved for embolism with shock."),
    ("KB014", "Community-acquired pneumonia: causative organisms", "infectious disease", ["mcq-014"],
     "Community-acquired pneumonia is an acute infection of the lung parenchyma acquired outside hospital. It "
     "presents with fever, cough, sputum, pleuritic pain and breathlessness, with new consolidation on chest "
     "imaging. Streptococcus pneumoniae (the pneumococcus), a Gram-positive diplococcus, remains the bacterium most "
     "often identified in adults and classically produces lobar consolidation. Other causes are Haemophilus "
     "influenzae, Moraxella catarrhalis, atypical organisms such as Mycoplasma pneumoniae, Legionella and "
     "Chlamydophila, Staphylococcus aureus after influenza, and respiratory viruses. Gram-negative bacilli, "
     "including Pseudomonas, mainly affect people with structural lung disease, recent hospital care or "
     "immunosuppression. Severity scores such as CURB-65 guide the place of care, and empirical antibiotics follow "
     "local guidance."),
    ("KB015", "Uncomplicated cystitis: microbiology and management", "infectious disease", ["mcq-015"],
     "Acute uncomplicated cystitis is a lower urinary tract infection in a non-pregnant woman with a normal urinary "
     "tract. It presents with dysuria, frequency, urgency, suprapubic pain and sometimes hematuria, whereas fever, "
     "rigors and flank pain point to pyelonephritis. Bacteria ascend from the periurethral area, and uropathogenic "
     "Escherichia coli from the patient's own bowel flora causes roughly three-quarters or more of episodes; "
     "Staphylococcus saprophyticus, Klebsiella and other Enterobacterales cause most of the rest. With typical "
     "symptoms the diagnosis can be made clinically, and urine culture is kept for atypical, recurrent or "
     "complicated cases. Short courses of nitrofurantoin, fosfomycin or trimethoprim-based drugs are usual "
     "first-line choices, guided by local resistance patterns."),
    ("KB016", "Latent tuberculosis infection: testing", "infectious disease", ["mcq-016"],
     "Latent tuberculosis infection is a persistent immune response to Mycobacterium tuberculosis without clinical "
     "evidence of active disease: the person is not infectious but may progress to active tuberculosis, especially "
     "with HIV infection, anti-TNF or other immunosuppressive therapy, diabetes or a recent exposure. Two tests "
     "detect infection. The tuberculin skin test is read as induration 48 to 72 hours after intradermal injection "
     "of purified protein derivative. Interferon-gamma release assays (IGRAs) are blood tests that measure T-cell "
     "release of interferon-gamma after stimulation with antigens specific to M. tuberculosis, and are not affected "
     "by earlier BCG vaccination. Neither test separates latent from active disease, so a positive result is "
     "followed by a symptom review and chest radiograph before preventive treatment."),
    ("KB017", "Chronic kidney disease: definition and classification", "nephrology", ["mcq-017"],
     "Chronic kidney disease (CKD) is defined by abnormalities of kidney structure or function present for more "
     "than three months with implications for health: a glomerular filtration rate below 60 mL/min/1.73 m2, or "
     "markers of kidney damage such as albuminuria, urine sediment abnormalities or structural changes on imaging. "
     "KDIGO classifies CKD by Cause, GFR category and Albuminuria category (the CGA system). The GFR, usually "
     "estimated from serum creatinine with the CKD-EPI equation, places the patient in one of six categories from "
     "G1 to G5, with G3 split in two; the urine albumin-to-creatinine ratio defines A1 (below 30 mg/g, or 3 "
     "mg/mmol), A2 (30 to 300 mg/g) and A3 (above 300 mg/g). The risk of progression and of cardiovascular events "
     "rises with both."),
    ("KB018", "Chronic kidney disease: GFR category G3", "nephrology", ["mcq-018"],
     "GFR category G3 covers a glomerular filtration rate of 30 to 59 mL/min/1.73 m2. Because outcomes differ "
     "across this range, KDIGO divides it into G3a, a mild to moderate decrease (45 to 59), and G3b, a moderate to "
     "severe decrease (30 to 44). A category is assigned only when the reduced GFR has persisted for more than three "
     "months, not from a single value during an acute illness. Stage G3 is where complications such as anemia, "
     "mineral and bone disorder and metabolic acidosis begin to appear, and where many drug doses need review: for "
     "example, metformin is reviewed once eGFR falls below 45, and renally cleared drugs such as some "
     "anticoagulants and antibiotics may need lower doses."),
    ("KB019", "Hyperkalemia: drug causes and prevention", "nephrology", ["mcq-019"],
     "Potassium is excreted mainly in the collecting duct under the control of aldosterone, so drugs that block the "
     "renin-angiotensin-aldosterone system or the collecting-duct sodium channel reduce potassium excretion. ACE "
     "inhibitors, angiotensin receptor blockers, mineralocorticoid receptor antagonists (spironolactone, "
     "eplerenone), potassium-sparing diuretics (amiloride, triamterene), trimethoprim, NSAIDs, heparin and "
     "calcineurin inhibitors can all raise serum potassium. The risk is greatest when such drugs are combined, in "
     "chronic kidney disease, diabetes and heart failure, in older adults, and with potassium supplements or salt "
     "substitutes. Potassium and creatinine are checked before and within one to two weeks of starting or "
     "increasing these drugs. Severe hyperkalemia causes peaked T waves, conduction block and fatal arrhythmias."),
    ("KB020", "Peptic ulcer disease: causes", "gastroenterology", ["mcq-020"],
     "Peptic ulcers are breaks in the mucosa of the stomach or duodenum that extend through the muscularis mucosae. "
     "The two main causes are infection with Helicobacter pylori, a spiral Gram-negative bacterium that colonizes "
     "the gastric mucosa and increases acid output, and use of NSAIDs or aspirin, which impair prostaglandin-"
     "mediated mucosal defense. H. pylori is found in most duodenal ulcers not explained by NSAIDs. Duodenal ulcer "
     "pain is burning and epigastric, often eased by food and returning hours after meals or at night, whereas "
     "gastric ulcer pain tends to worsen with eating. Testing for H. pylori by urea breath test, stool antigen or "
     "biopsy is recommended, and eradication therapy heals ulcers and prevents recurrence. Complications include "
     "bleeding, perforation and gastric outlet obstruction."),
    ("KB021", "Clostridioides difficile: risk factors, diagnosis and treatment", "gastroenterology", ["mcq-021"],
     "Clostridioides difficile is a spore-forming, toxin-producing anaerobe and the leading cause of "
     "healthcare-associated infectious diarrhea. Antibiotics disrupt the normal colonic flora and allow it to "
     "proliferate; clindamycin, cephalosporins, fluoroquinolones and broad-spectrum penicillins carry the highest "
     "risk, although almost any antibiotic can trigger it. Other risk factors are older age, hospital or care-home "
     "stay and acid suppression. Its toxins A and B cause colitis with watery diarrhea, cramps, fever and often a "
     "high white cell count; severe cases progress to pseudomembranous colitis, toxic megacolon or perforation. "
     "Stool is tested for the toxin or toxin genes when a patient has three or more unformed stools in 24 hours. "
     "Treatment is oral fidaxomicin or vancomycin, stopping the inciting antibiotic where possible."),
    ("KB022", "Celiac disease: diagnosis", "gastroenterology", ["mcq-022"],
     "Celiac disease is an immune-mediated enteropathy triggered by dietary gluten from wheat, barley and rye in "
     "genetically susceptible people carrying HLA-DQ2 or DQ8. Villous atrophy of the small intestine causes "
     "malabsorption: chronic diarrhea, bloating, weight loss, iron deficiency anemia, low bone density and, in some, "
     "the blistering rash dermatitis herpetiformis; many adults have few or atypical symptoms. The first-line test "
     "is serum IgA antibody against tissue transglutaminase, measured with total IgA, because IgA deficiency is more "
     "common in celiac disease and causes false negatives. Testing must be done while the patient still eats gluten. "
     "Positive serology is usually confirmed by duodenal biopsy showing villous atrophy and intraepithelial "
     "lymphocytes. Treatment is a lifelong strict gluten-free diet."),
    ("KB023", "Liver disease due to alcohol: spectrum and laboratory pattern", "hepatology", ["mcq-023"],
     "Sustained heavy drinking damages the liver in stages: steatosis, which is common and reverses with abstinence; "
     "alcohol-associated hepatitis, with jaundice, fever, tender hepatomegaly and leukocytosis; and cirrhosis, with "
     "portal hypertension, ascites, varices and encephalopathy. A characteristic laboratory pattern is an AST higher "
     "than ALT, often by a factor of 2 or more, with both usually below about 300 U/L, because alcohol depletes the "
     "pyridoxal phosphate that ALT needs more than AST and injures mitochondria. Gamma-glutamyl transferase and mean "
     "corpuscular volume are often raised. Viral and drug-induced hepatitis, by contrast, usually raise ALT more than "
     "AST and to much higher levels. Abstinence is the most important treatment at every stage."),
    ("KB024", "Acute ischemic stroke: reperfusion treatment", "neurology", ["mcq-024"],
     "A sudden focal neurological deficit, such as face or arm weakness, speech disturbance or visual loss, is "
     "treated as a stroke until proven otherwise. Because ischemic and hemorrhagic stroke cannot be told apart "
     "clinically, urgent brain imaging, usually non-contrast CT, comes first to exclude bleeding. For ischemic stroke, "
     "intravenous thrombolysis with alteplase or tenecteplase improves outcome when given within 4.5 hours of the "
     "time the patient was last known to be well and there is no contraindication, such as hemorrhage, recent major "
     "surgery or a bleeding disorder; the sooner it is given, the greater the benefit. Patients with a large-vessel "
     "occlusion are also assessed for mechanical thrombectomy, possible up to 24 hours in selected patients. Blood "
     "glucose is checked to exclude hypoglycemia as a mimic."),
    ("KB025", "Multiple sclerosis: presentation and diagnosis", "neurology", ["mcq-025"],
     "Multiple sclerosis is an immune-mediated demyelinating disease of the central nervous system that usually "
     "begins between 20 and 40 years of age and is more common in women. Typical first attacks are optic neuritis "
     "(painful monocular visual loss, worse on eye movement), partial myelitis with sensory symptoms or weakness "
     "in the limbs, and brainstem syndromes such as internuclear ophthalmoplegia. Most patients follow a "
     "relapsing-remitting course. The McDonald criteria require evidence of lesions disseminated in space and in "
     "time: MRI shows T2 white matter lesions in characteristic sites (periventricular, cortical or juxtacortical, "
     "infratentorial and spinal cord), and oligoclonal bands in the cerebrospinal fluid can substitute for "
     "dissemination in time. Disease-modifying therapies reduce relapses."),
    ("KB026", "Parkinson disease: pathology and clinical features", "neurology", ["mcq-026"],
     "Parkinson disease is a neurodegenerative disorder caused by loss of dopamine-producing neurons in the "
     "substantia nigra pars compacta, which depletes dopamine in the striatum and disturbs the basal ganglia motor "
     "circuits; surviving neurons contain Lewy bodies of aggregated alpha-synuclein. The diagnosis is clinical and "
     "requires bradykinesia together with rest tremor, rigidity or both. The tremor is typically asymmetric, 4 to 6 "
     "Hz and pill-rolling, and rigidity may have a cogwheel quality; postural instability comes later. Non-motor "
     "features include loss of smell, constipation, REM sleep behavior disorder, depression and, later, dementia. "
     "Levodopa combined with a peripheral decarboxylase inhibitor is the most effective symptomatic treatment."),
    ("KB027", "Myasthenia gravis: mechanism and diagnosis", "neurology", ["mcq-027"],
     "Myasthenia gravis is an autoimmune disease of the neuromuscular junction. In about 85% of people with "
     "generalized disease, antibodies against the postsynaptic nicotinic acetylcholine receptor reduce the number of "
     "working receptors; many of the rest have antibodies to muscle-specific kinase (MuSK). The hallmark is weakness "
     "that increases with repeated use and as the day goes on and recovers with rest. Eye muscles are often involved "
     "first, with drooping eyelids and diplopia; bulbar, neck and limb weakness may follow, and respiratory crisis is "
     "the main danger. Reflexes and sensation are normal. Antibody testing and electrophysiology (repetitive nerve "
     "stimulation, single-fiber EMG) confirm it, and chest imaging looks for a thymoma. Acetylcholinesterase "
     "inhibitors relieve symptoms."),
    ("KB028", "Major depression: diagnostic criteria", "psychiatry", ["mcq-028"],
     "Under DSM-5, a major depressive episode requires at least five of nine symptoms, present most of the day, "
     "nearly every day, for a minimum of two weeks, one of which must be depressed mood or a marked loss of interest "
     "or pleasure (anhedonia). The others are a significant change in weight or appetite, insomnia or hypersomnia, "
     "psychomotor agitation or slowing, fatigue, feelings of worthlessness or excessive guilt, poor concentration or "
     "indecisiveness, and recurrent thoughts of death or suicide. Symptoms must cause clinically significant "
     "distress or impairment and not be due to a substance or another medical condition, and there must never have "
     "been a manic or hypomanic episode. Every patient should be asked about suicidal thoughts. Treatment includes "
     "psychotherapy and antidepressants."),
    ("KB029", "Lithium: toxicity and drug interactions", "psychiatry", ["mcq-029"],
     "Lithium, a mood stabilizer used mainly in bipolar disorder, has a narrow therapeutic range, so serum levels "
     "are monitored, typically 12 hours after the last dose. It is cleared almost entirely by the kidneys and is "
     "reabsorbed in the proximal tubule along with sodium. Anything that causes sodium depletion or reduces renal "
     "blood flow raises the level: thiazide diuretics, ACE inhibitors, angiotensin receptor blockers, NSAIDs, "
     "dehydration, vomiting or diarrhea, and declining kidney function. Toxicity causes nausea, vomiting and "
     "diarrhea, then coarse tremor, ataxia, slurred speech and confusion, and in severe cases seizures, arrhythmia "
     "and coma. Management is stopping the drug, giving fluids and, for severe toxicity, hemodialysis. Long-term use "
     "can cause hypothyroidism, nephrogenic diabetes insipidus and reduced kidney function."),
    ("KB030", "Acetaminophen (paracetamol) poisoning", "pharmacology", ["mcq-030"],
     "Acetaminophen is normally metabolized by glucuronidation and sulfation; a small fraction is oxidized by "
     "cytochrome P450 to the toxic metabolite NAPQI, which is made harmless by conjugation with glutathione. After "
     "an overdose glutathione is depleted, NAPQI accumulates and causes centrilobular hepatic necrosis, with liver "
     "injury peaking at 72 to 96 hours while early symptoms may be mild or absent. After a single acute ingestion, "
     "the serum concentration measured at least 4 hours later is plotted on a treatment nomogram. The antidote, "
     "N-acetylcysteine, restores glutathione stores; it is most effective when started within 8 hours but is given "
     "whenever toxicity is possible, including late presentations. Activated charcoal may help soon after "
     "ingestion, and liver transplantation is considered for fulminant liver failure."),
    ("KB031", "Opioid overdose: recognition and reversal", "pharmacology", ["mcq-031"],
     "Opioid toxicity produces the classic triad of reduced consciousness, respiratory depression and miosis "
     "(pinpoint pupils); hypoxia from slow, shallow breathing is the main cause of death. Naloxone is a competitive "
     "opioid receptor antagonist that reverses these effects within minutes. It can be given intravenously, "
     "intramuscularly or intranasally and is titrated to adequate breathing rather than full wakefulness, to avoid "
     "precipitating acute withdrawal in people who are dependent. Its action is shorter than that of many opioids, "
     "particularly methadone and long-acting preparations, so patients need observation and may need repeated doses "
     "or an infusion. Breathing is supported with a bag and mask while naloxone takes effect. Take-home naloxone is "
     "recommended for people at risk of overdose."),
    ("KB032", "Warfarin: monitoring and interactions", "pharmacology", ["mcq-032"],
     "Warfarin is a vitamin K antagonist that reduces hepatic synthesis of clotting factors II, VII, IX and X and of "
     "proteins C and S. Its effect is monitored with the prothrombin time expressed as the International Normalized "
     "Ratio (INR), which standardizes results between laboratories; the usual target is 2.0 to 3.0 for most "
     "indications, such as atrial fibrillation and venous thromboembolism, and higher for some mechanical heart "
     "valves. The full effect takes several days to develop. Warfarin has many interactions: drugs that inhibit or "
     "induce cytochrome P450 2C9, many antibiotics and changes in dietary vitamin K all shift the INR, so it is "
     "rechecked after any change. Over-anticoagulation is reversed with vitamin K and, for serious bleeding, "
     "prothrombin complex concentrate."),
    ("KB033", "ACE inhibitors: adverse effects", "pharmacology", ["mcq-033", "mcq-019"],
     "Angiotensin-converting enzyme inhibitors such as lisinopril and ramipril block the conversion of angiotensin I "
     "to angiotensin II. The same enzyme, also called kininase II, breaks down bradykinin, so bradykinin and "
     "related peptides accumulate. This explains the most common reason for stopping the drug, a dry, tickly, "
     "persistent cough in roughly 5 to 20% of users, and the rarer but dangerous angioedema, which is more frequent "
     "in people of African descent. The cough resolves within weeks of stopping; switching to an angiotensin "
     "receptor blocker, which does not affect bradykinin, is usual. Other adverse effects are hyperkalemia, a rise "
     "in creatinine, first-dose hypotension and fetal toxicity, so these drugs are avoided in pregnancy."),
    ("KB034", "Statins: muscle symptoms", "pharmacology", ["mcq-034"],
     "Statins inhibit HMG-CoA reductase and are the main drugs for lowering LDL cholesterol and cardiovascular "
     "risk. Muscle symptoms are their best-known adverse effect. Many users report aches with a normal creatine "
     "kinase (CK), and in blinded trials most such symptoms also occur on placebo; true myopathy with a raised CK is "
     "less common, and rhabdomyolysis, with very high CK, myoglobinuria and acute kidney injury, is rare. Risk rises "
     "with high doses, older age, untreated hypothyroidism, kidney impairment, gemfibrozil and drugs that inhibit "
     "CYP3A4, such as clarithromycin, especially with simvastatin. When muscle symptoms appear, CK is measured; a CK "
     "above 10 times the upper limit of normal means stopping the statin. A rare autoimmune necrotizing myopathy "
     "persists after stopping."),
    ("KB035", "Gout: crystal diagnosis", "rheumatology", ["mcq-035"],
     "Gout is an inflammatory arthritis caused by deposition of monosodium urate when serum urate is persistently "
     "high. Attacks start abruptly, often overnight, with an exquisitely painful, hot, red, swollen joint, most "
     "characteristically the first metatarsophalangeal joint (podagra); triggers include alcohol, purine-rich meals, "
     "dehydration, diuretics and acute illness. The definitive test is aspiration of synovial fluid examined by "
     "polarized light microscopy, where urate crystals appear as needles that are strongly negatively birefringent "
     "(yellow when parallel to the compensator axis). Serum urate can be normal during an attack. Because infection "
     "can coexist, the fluid is also sent for Gram stain and culture. Attacks are treated with NSAIDs, colchicine or "
     "corticosteroids, and urate-lowering therapy prevents recurrence."),
    ("KB036", "Rheumatoid arthritis: clinical features and serology", "rheumatology", ["mcq-036"],
     "Rheumatoid arthritis is a chronic autoimmune inflammatory arthritis that typically causes symmetric swelling "
     "and tenderness of the small joints of the hands and feet (metacarpophalangeal, proximal interphalangeal and "
     "metatarsophalangeal joints), with morning stiffness of more than an hour, fatigue and raised inflammatory "
     "markers. Two autoantibodies support the diagnosis. Rheumatoid factor is sensitive but not specific: it also "
     "occurs in other autoimmune diseases, chronic infections and healthy older people. Antibodies against cyclic "
     "citrullinated peptides (anti-CCP or ACPA) have similar sensitivity but are far more specific, above 95%; they "
     "may appear years before symptoms and predict erosive disease. Early treatment with disease-modifying drugs, "
     "usually methotrexate first, aims at remission and prevents joint damage."),
    ("KB037", "Systemic lupus erythematosus: autoantibodies", "rheumatology", ["mcq-037"],
     "Systemic lupus erythematosus (SLE) is a multisystem autoimmune disease, most common in women of child-bearing "
     "age. Manifestations include a photosensitive malar rash, painless oral ulcers, non-erosive arthritis, "
     "serositis, cytopenias and lupus nephritis, which shows as proteinuria, hematuria or an active urine sediment. "
     "Antinuclear antibodies are present in nearly all patients, so a negative ANA makes SLE unlikely, but they are "
     "not specific. Antibodies to double-stranded DNA and to the Smith (Sm) antigen are highly specific; anti-dsDNA "
     "levels often rise with disease activity, particularly nephritis, along with low complement C3 and C4. "
     "Antiphospholipid antibodies raise the risk of thrombosis and pregnancy loss. Hydroxychloroquine is recommended "
     "for nearly all patients."),
    ("KB038", "Colorectal cancer screening in average-risk adults", "oncology", ["mcq-038"],
     "Screening for colorectal cancer aims to find cancers early and to remove precancerous adenomas. For adults at "
     "average risk, US guidance recommends screening from age 45 to 75, with individual decisions from 76 to 85; "
     "European programs mostly start at 50 with stool testing. Accepted strategies are colonoscopy every 10 years, "
     "which both detects and removes lesions; a fecal immunochemical test (FIT) or high-sensitivity guaiac test "
     "every year; stool DNA-FIT testing every 1 to 3 years; and CT colonography or flexible sigmoidoscopy every 5 "
     "years. Any abnormal result on a test other than colonoscopy must be followed by colonoscopy. People with a "
     "strong family history, inflammatory bowel disease or a hereditary syndrome start earlier and are screened "
     "more often."),
    ("KB039", "Small cell lung cancer: behavior and paraneoplastic syndromes", "oncology", ["mcq-039"],
     "Small cell carcinoma of the lung is a high-grade neuroendocrine tumor that makes up about 15% of lung cancers "
     "and is almost always linked to smoking. It usually arises centrally near the hilum, grows rapidly and has "
     "often spread by the time of diagnosis, so it is staged as limited or extensive disease and treated mainly "
     "with chemotherapy, radiotherapy and immunotherapy rather than surgery. Its neuroendocrine cells can secrete "
     "hormones, producing paraneoplastic syndromes: the syndrome of inappropriate antidiuretic hormone secretion "
     "(SIADH), with euvolemic hyponatremia; ectopic ACTH production with Cushing syndrome; and the autoimmune "
     "Lambert-Eaton myasthenic syndrome. New hyponatremia or proximal muscle weakness in a smoker should prompt a "
     "search for it."),
    ("KB040", "Squamous cell lung carcinoma: features and hypercalcemia", "oncology", ["mcq-040"],
     "Squamous cell carcinoma makes up roughly a quarter to a third of non-small cell lung cancers and is strongly "
     "associated with smoking. It tends to arise centrally in the larger bronchi, may cavitate, and on histology "
     "shows keratinization and intercellular bridges. Its classic paraneoplastic syndrome is hypercalcemia of "
     "malignancy caused by parathyroid hormone-related peptide (PTHrP), which acts on the PTH receptor to increase "
     "bone resorption and renal calcium reabsorption while intact PTH is suppressed. Hypercalcemia causes thirst, "
     "polyuria, constipation, confusion and dehydration, and is treated with intravenous fluids and "
     "bisphosphonates. Squamous tumors can also cause hypertrophic pulmonary osteoarthropathy. Treatment of the "
     "cancer depends on stage and molecular testing."),
    ("KB041", "Gestational diabetes: screening and diagnosis", "obstetrics", ["mcq-041"],
     "Gestational diabetes is hyperglycemia first recognized in pregnancy that does not meet the criteria for overt "
     "diabetes. Placental hormones increase insulin resistance in the second and third trimesters, so screening is "
     "usually done at 24 to 28 weeks. In the one-step approach a 75 g oral glucose tolerance test is diagnostic if "
     "any value is raised (fasting 92, 1-hour 180 or 2-hour 153 mg/dL or more). In the two-step approach a "
     "non-fasting 50 g glucose challenge is followed, if abnormal, by a 100 g 3-hour tolerance test, and two or more "
     "raised values make the diagnosis. The condition increases the risks of a large baby, shoulder dystocia, "
     "hypertensive disorders and neonatal hypoglycemia. Management starts with diet and glucose monitoring, adding "
     "insulin if needed, and women are screened later for type 2 diabetes."),
    ("KB042", "Preeclampsia: definition and severe features", "obstetrics", ["mcq-042"],
     "Preeclampsia is new-onset hypertension (140/90 mmHg or higher on two occasions) after 20 weeks of gestation "
     "with proteinuria or, without proteinuria, with signs of maternal organ dysfunction. Severe features include a "
     "systolic pressure of 160 mmHg or more or a diastolic pressure of 110 mmHg or more, thrombocytopenia, raised "
     "transaminases or right upper quadrant pain, rising creatinine, pulmonary edema, and new cerebral or visual "
     "disturbance such as a persistent headache. It arises from abnormal placentation and widespread endothelial "
     "dysfunction, and can progress to eclampsia (seizures) or HELLP syndrome. Severe-range pressures are treated "
     "urgently with labetalol, nifedipine or hydralazine, magnesium sulfate prevents seizures, and delivery, timed by "
     "gestational age and severity, is the definitive treatment."),
    ("KB043", "Prevention of neural tube defects: periconceptional supplementation", "obstetrics", ["mcq-043"],
     "Neural tube defects such as spina bifida and anencephaly arise when the neural tube fails to close during the "
     "fourth week after conception, often before a woman knows she is pregnant. Adequate folate status around "
     "conception lowers this risk substantially. Guidelines therefore advise everyone who could become pregnant to "
     "take a daily folic acid supplement (400 micrograms in most guidance, 400 to 800 in the United States), "
     "starting at least one month before conception and continuing through the first trimester. A higher dose, "
     "usually 4 to 5 mg daily, is advised for those at increased risk, for example after a previous affected "
     "pregnancy or, in some guidance, with certain antiseizure medicines. Many countries also fortify flour with "
     "folic acid."),
    ("KB044", "Croup (laryngotracheobronchitis)", "pediatrics", ["mcq-044"],
     "Croup is a viral infection of the larynx and trachea in young children, most often between 6 months and 3 "
     "years of age, with a peak in autumn. Parainfluenza viruses, especially type 1, cause most cases; influenza, "
     "RSV, adenovirus and other respiratory viruses cause the rest. Swelling below the vocal cords produces the "
     "characteristic seal-like barking cough, hoarseness and inspiratory stridor, usually after a day or two of "
     "coryza and mild fever, and symptoms are often worse at night. The diagnosis is clinical; a neck radiograph, if "
     "taken, may show the steeple sign. A single dose of oral dexamethasone is given at every level of severity, "
     "with nebulized epinephrine for moderate to severe stridor. Epiglottitis and an inhaled foreign body are "
     "important alternatives."),
    ("KB045", "Bronchiolitis in infants", "pediatrics", ["mcq-045"],
     "Bronchiolitis is an acute viral infection of the small airways of infants, mostly under 12 months of age and "
     "peaking at 3 to 6 months, occurring in winter epidemics. Respiratory syncytial virus (RSV) is the leading "
     "cause; rhinovirus, human metapneumovirus, parainfluenza and other viruses account for the rest. After one to "
     "three days of coryza, infants develop cough, fast breathing, chest recession, widespread fine crackles or "
     "wheeze, and may feed poorly; young or premature infants can have apneas. The diagnosis is clinical. Care is "
     "supportive: nasal suction, oxygen if saturation is low, and fluids or tube feeding, while bronchodilators, "
     "corticosteroids and antibiotics are not recommended. Long-acting monoclonal antibodies or maternal vaccination "
     "protect infants."),
    ("KB046", "Phenylketonuria: enzyme defect and newborn screening", "pediatrics", ["mcq-046"],
     "Phenylketonuria (PKU) is an autosomal recessive disorder in which deficient activity of the liver enzyme "
     "phenylalanine hydroxylase prevents conversion of phenylalanine to tyrosine; the enzyme needs the cofactor "
     "tetrahydrobiopterin (BH4), whose rare defects cause a similar picture. Phenylalanine accumulates and damages "
     "the developing brain, and tyrosine, a precursor of melanin and catecholamines, becomes an essential amino "
     "acid. Untreated children develop severe intellectual disability, seizures, a musty odor and fair skin and "
     "hair. Newborn blood-spot screening detects the raised phenylalanine in the first days of life, so treatment, a "
     "lifelong low-phenylalanine diet with special protein substitutes and sometimes sapropterin, starts early and "
     "allows normal development. Women with PKU need strict control before and during pregnancy."),
    ("KB047", "Melanoma: recognizing suspicious pigmented lesions", "dermatology", ["mcq-047"],
     "Melanoma is a malignant tumor of melanocytes and the most dangerous of the common skin cancers; risk rises "
     "with ultraviolet exposure and sunburn, fair skin, many or atypical nevi and a family history. Early "
     "recognition matters because prognosis depends mainly on tumor thickness. The ABCDE rule lists the features of "
     "a suspicious pigmented lesion: Asymmetry, an irregular Border, Color that varies within the lesion, a Diameter "
     "larger than 6 mm, and Evolution, meaning change in size, shape or color, or new bleeding or itching. A mole "
     "that looks different from the patient's other moles (the ugly duckling sign) is also suspicious. Such lesions "
     "are examined with dermoscopy and, if concerning, removed whole by excision biopsy for histology."),
    ("KB048", "Shingles: reactivation of varicella-zoster virus", "dermatology", ["mcq-048"],
     "Herpes zoster, or shingles, is reactivation of varicella-zoster virus that has lain dormant in a sensory "
     "ganglion since an earlier attack of chickenpox. Risk rises with age and with immunosuppression. A prodrome of "
     "burning or tingling pain is followed by grouped vesicles on a red base in the distribution of one dermatome, "
     "typically on one side and stopping at the midline, most often on the trunk; the vesicles crust over in 7 to 10 "
     "days. Involvement of the ophthalmic division of the trigeminal nerve threatens the eye. The diagnosis is "
     "usually clinical, with PCR of vesicle fluid when in doubt. Antivirals such as acyclovir or valacyclovir, "
     "started within 72 hours, speed healing. Postherpetic neuralgia is the main complication, and recombinant "
     "zoster vaccine is recommended for older adults."),
    ("KB049", "Vitamin B12 deficiency: causes and manifestations", "hematology", ["mcq-049"],
     "Vitamin B12 (cobalamin) comes only from animal foods, so people on a strict vegan diet need supplements or "
     "fortified foods. Other causes of deficiency are pernicious anemia (autoimmune loss of intrinsic factor), "
     "gastrectomy, disease or resection of the terminal ileum, and long-term metformin or acid-suppressing drugs. "
     "B12 is needed for DNA synthesis and for maintaining myelin. Deficiency causes a megaloblastic anemia with a "
     "high mean corpuscular volume and hypersegmented neutrophils, glossitis, and nerve damage: peripheral "
     "neuropathy and subacute combined degeneration of the dorsal columns and corticospinal tracts, with loss of "
     "vibration and position sense and ataxia, which can occur without anemia. Serum B12, with methylmalonic acid "
     "when borderline, confirms it. Folic acid alone does not prevent the nerve damage."),
    ("KB050", "Heparin-induced thrombocytopenia: recognition and management", "hematology", ["mcq-050"],
     "Heparin-induced thrombocytopenia (HIT) is an immune reaction in which IgG antibodies bind complexes of "
     "platelet factor 4 and heparin, activate platelets and create a prothrombotic state. Typically the platelet "
     "count falls by more than half from its baseline, beginning 5 to 10 days into heparin treatment (sooner if "
     "heparin was given in the previous 100 days), and it rarely drops below 20 x 10^9/L. Despite the low count, "
     "bleeding is uncommon; venous or arterial thrombosis is the danger. HIT is more common with unfractionated than "
     "with low-molecular-weight heparin. Clinical probability is scored with the 4Ts, and antibody and functional "
     "assays confirm it. All heparin is stopped and a non-heparin anticoagulant, such as argatroban or a direct oral "
     "anticoagulant, is started; platelet transfusion is avoided."),
    ("KB051", "Diabetic ketoacidosis: diagnosis and treatment", "endocrinology", ["mcq-051"],
     "Diabetic ketoacidosis (DKA) results from absolute or severe relative insulin deficiency, usually in type 1 "
     "diabetes, and is often triggered by infection, missed insulin or new-onset disease. Without insulin, "
     "lipolysis releases fatty acids that the liver turns into ketone bodies, and counter-regulatory hormones drive "
     "hyperglycemia and an osmotic diuresis. The diagnosis rests on three findings: hyperglycemia or known diabetes "
     "(glucose can be near normal with SGLT2 inhibitors or in pregnancy), raised blood or urine ketones, and a "
     "metabolic acidosis with a high anion gap (pH below 7.3 or bicarbonate below 15 to 18 mmol/L, depending on the "
     "guideline). Patients have polyuria, thirst, vomiting, abdominal pain, dehydration and deep Kussmaul breathing. "
     "Treatment is intravenous fluids, a fixed-rate insulin infusion and careful potassium replacement, with "
     "treatment of the trigger."),
    ("KB052", "Primary aldosteronism: screening and confirmation", "endocrinology", ["mcq-052"],
     "Primary aldosteronism is autonomous aldosterone production by one or both adrenal glands, from an "
     "aldosterone-producing adenoma (Conn syndrome) or bilateral adrenal hyperplasia. It is the most common cause of "
     "secondary hypertension, found in roughly 5 to 10% of people with hypertension and more often in resistant "
     "hypertension. Aldosterone excess causes sodium retention, hypertension and urinary potassium loss; low "
     "potassium is present in only a minority, so a normal potassium does not exclude it. Screening uses the plasma "
     "aldosterone-to-renin ratio, because aldosterone is high while renin is suppressed. A raised ratio is confirmed "
     "with a suppression test, then adrenal CT and adrenal vein sampling separate unilateral disease, treated by "
     "adrenalectomy, from bilateral disease, treated with a mineralocorticoid receptor antagonist such as "
     "spironolactone."),
    ("KB053", "Addison disease: clinical and laboratory features", "endocrinology", ["mcq-053"],
     "In primary adrenal insufficiency the adrenal cortex itself is destroyed, most often by autoimmune adrenalitis "
     "in high-income countries and by tuberculosis in many others, so both cortisol and aldosterone are deficient. "
     "Low cortisol removes feedback on the pituitary, and the rise in ACTH, which shares a precursor with "
     "melanocyte-stimulating hormone, darkens the skin, palmar creases, scars and buccal mucosa. Aldosterone "
     "deficiency causes renal sodium loss, hypovolemia, low sodium and high potassium, with salt craving and "
     "postural hypotension. Fatigue, weight loss, nausea and abdominal pain are common. In secondary (pituitary) "
     "adrenal insufficiency ACTH is low, so the skin is not darkened and aldosterone is preserved. A low morning "
     "cortisol that fails to rise after synthetic ACTH confirms the diagnosis. Adrenal crisis needs immediate "
     "intravenous hydrocortisone and fluids."),
    ("KB054", "Aortic stenosis: clinical features", "cardiology", ["mcq-054"],
     "Aortic stenosis in older adults is usually due to age-related calcific degeneration of a three-leaflet valve; "
     "a congenitally bicuspid valve tends to present earlier, and rheumatic disease is a cause in some regions. The "
     "narrowed outflow produces a harsh ejection systolic murmur with a crescendo-decrescendo shape, loudest at the "
     "right second intercostal space and conducted to the neck, with a slow-rising, low-volume pulse and, when "
     "severe, a soft or absent second heart sound. The classic symptoms, breathlessness or heart failure, angina and "
     "syncope on exertion, mark severe disease and a poor prognosis without valve replacement. Echocardiography "
     "confirms the diagnosis and grades severity by valve area, mean gradient and peak velocity. Symptomatic severe "
     "stenosis is treated by surgical or transcatheter aortic valve replacement."),
    ("KB055", "Natriuretic peptides in the diagnosis of heart failure", "cardiology", ["mcq-055"],
     "B-type natriuretic peptide (BNP) and its inactive fragment NT-proBNP are released by ventricular myocytes in "
     "response to wall stretch from volume or pressure overload. In a breathless patient a normal level makes heart "
     "failure unlikely, so the test is most useful for ruling it out, while a raised level supports the diagnosis "
     "and calls for echocardiography. Commonly used rule-out thresholds in non-acute settings are BNP below 35 pg/mL "
     "and NT-proBNP below 125 pg/mL, with higher thresholds in acute presentations. Levels also rise with age, "
     "kidney dysfunction, atrial fibrillation and pulmonary embolism, and are lower in obesity. Sacubitril, a "
     "neprilysin inhibitor, raises BNP but not NT-proBNP. Higher levels predict worse outcomes."),
    ("KB056", "Nephrolithiasis: renal colic and its management", "nephrology", ["mcq-056"],
     "Kidney stones form when urine is supersaturated with stone-forming salts; about 80% contain calcium oxalate or "
     "phosphate, and others are uric acid, struvite or cystine. Risk factors include low fluid intake, diets high in "
     "sodium and animal protein, obesity, hypercalciuria, gout and a family history. A stone passing into the ureter "
     "causes renal colic: sudden, severe, intermittent pain in the flank that radiates to the groin or genitals, with "
     "restlessness, nausea and usually microscopic or visible hematuria. Low-dose non-contrast CT is the most accurate "
     "imaging, with ultrasound preferred in pregnancy and children. NSAIDs are first-line pain relief. Most stones "
     "under 5 mm pass on their own; larger or obstructing stones, and any infected obstructed kidney, need "
     "urological intervention."),
    ("KB057", "Pneumococcal disease: adult vaccination", "infectious disease", ["mcq-057"],
     "Streptococcus pneumoniae causes pneumonia and invasive disease (bacteremia and meningitis), with the highest "
     "burden in young children, older adults, and people with chronic heart, lung, liver or kidney disease, "
     "diabetes, asplenia, immunosuppression, cochlear implants or cerebrospinal fluid leaks. Two kinds of vaccine "
     "exist: the 23-valent polysaccharide vaccine (PPSV23) and protein-conjugated vaccines (such as PCV15, PCV20 and "
     "PCV21), which produce a stronger T-cell-dependent response. Guidelines recommend vaccinating all older adults, "
     "from age 65 in most countries and from age 50 in the United States since 2024, and younger adults with risk "
     "conditions, usually with one dose of PCV20 or PCV21, or PCV15 followed by PPSV23. Schedules differ between "
     "countries."),
    ("KB058", "Angle-closure glaucoma: an ophthalmic emergency", "ophthalmology", ["mcq-058"],
     "In acute angle closure the peripheral iris blocks the drainage angle of the anterior chamber, aqueous humor "
     "cannot leave the eye and intraocular pressure rises abruptly, often above 40 mmHg. Risk factors are "
     "hyperopia, older age, female sex, East Asian ancestry and a shallow anterior chamber, and attacks may be "
     "triggered by dim light or by drugs that dilate the pupil, such as anticholinergics. Patients have a severely "
     "painful red eye, blurred vision with colored halos around lights, headache, nausea and vomiting. The cornea "
     "is hazy from edema, the pupil is fixed and mid-dilated, and the globe feels hard. Pressure is lowered at once "
     "with topical drops and systemic acetazolamide, followed by laser peripheral iridotomy in both eyes."),
    ("KB059", "Anaphylaxis: emergency treatment", "emergency medicine", ["mcq-059"],
     "Anaphylaxis is a severe, rapidly developing, potentially life-threatening systemic hypersensitivity reaction, "
     "most often triggered by foods such as peanuts, tree nuts and shellfish, insect stings and drugs. Skin or "
     "mucosal signs (urticaria, flushing, angioedema) are common but can be absent; the danger lies in airway "
     "swelling, bronchospasm, hypotension and collapse. Intramuscular epinephrine (adrenaline) into the "
     "anterolateral thigh is the first and most important treatment, 0.01 mg/kg up to 0.5 mg (0.5 mg for an adult), "
     "repeated after 5 minutes if needed, and it is never delayed for other drugs. The patient lies flat with legs "
     "raised unless breathing is easier sitting, and receives oxygen and intravenous fluids. Antihistamines relieve "
     "only skin symptoms. Survivors are referred to an allergist and prescribed an epinephrine autoinjector."),
    ("KB060", "Adult basic life support: chest compressions", "emergency medicine", ["mcq-060"],
     "High-quality chest compressions are the core of cardiopulmonary resuscitation. For adults, rescuers push hard "
     "and fast on the lower half of the sternum, to a depth of 5 to 6 cm and at a rate of 100 to 120 compressions "
     "per minute, allowing full chest recoil between compressions and keeping interruptions to a minimum. Without an "
     "advanced airway, compressions and rescue breaths are given in a ratio of 30 to 2; untrained bystanders may give "
     "compression-only CPR. An automated external defibrillator is used as soon as one is available, and "
     "compressions resume immediately after each shock. Rescuers swap every 2 minutes to avoid fatigue. Recognizing "
     "cardiac arrest, an unresponsive person who is not breathing normally, and calling for help start the chain of "
     "survival."),
    ("KB061", "Delirium: recognition and causes", "geriatrics", ["mcq-061"],
     "Delirium is an acute disturbance of attention and awareness that develops over hours to days, fluctuates "
     "during the day and is caused by an underlying medical condition, a drug or withdrawal. It is common in older "
     "adults in hospital, especially those with dementia, frailty or sensory impairment. Hyperactive, hypoactive "
     "(often missed) and mixed forms occur, with disorganized thinking, altered consciousness, perceptual "
     "disturbances and a reversed sleep-wake cycle. Frequent precipitants are infection, new medicines (particularly "
     "anticholinergics, opioids, benzodiazepines and other sedatives), dehydration, urinary retention, constipation, "
     "pain, electrolyte disturbance and surgery. Tools such as the Confusion Assessment Method or the 4AT help "
     "recognition. Management treats the cause, reviews drugs and supports orientation, sleep and mobility; "
     "antipsychotics are reserved for severe distress or danger."),
    ("KB062", "Obstructive sleep apnea: diagnosis and severity", "pulmonology", ["mcq-062"],
     "Obstructive sleep apnea (OSA) is the repeated narrowing or collapse of the upper airway during sleep despite "
     "continued breathing effort. Complete pauses in airflow lasting 10 seconds or more are apneas, and partial "
     "reductions with oxygen desaturation or arousal are hypopneas. They cause intermittent hypoxemia and fragmented "
     "sleep, with loud snoring, witnessed pauses, daytime sleepiness and morning headache; obesity, male sex, age "
     "and craniofacial features are risk factors. Diagnosis needs polysomnography or home sleep apnea testing. "
     "Severity is graded by the apnea-hypopnea index, the number of events per hour of sleep: 5 to 14 mild, 15 to 29 "
     "moderate and 30 or more severe. Untreated OSA is linked to hypertension, atrial fibrillation and road "
     "accidents. Continuous positive airway pressure is first-line treatment."),
    # General reference passages (the calculators and definitions that chapter 3 uses).
    ("KB063", "Body-mass index: calculation and adult categories", "nutrition", [],
     "Body-mass index (BMI) is weight in kilograms divided by the square of height in meters. For adults the WHO "
     "categories are underweight below 18.5, normal weight 18.5 to 24.9, overweight 25 to 29.9 and obesity 30 or "
     "more, with obesity subdivided into class I (30 to 34.9), class II (35 to 39.9) and class III (40 or more). "
     "Lower cut-offs are often used in Asian populations because metabolic risk rises at a lower BMI. BMI is a "
     "screening measure, not a diagnosis: it does not distinguish fat from muscle or show where fat is stored, so "
     "waist circumference adds information. In children and adolescents BMI is interpreted with age- and "
     "sex-specific percentiles."),
    ("KB064", "Estimating GFR: the CKD-EPI 2021 equation", "nephrology", [],
     "The glomerular filtration rate is rarely measured directly; in practice it is estimated from serum "
     "creatinine. The CKD-EPI creatinine equation refitted in 2021 uses serum creatinine, age and sex and, unlike "
     "earlier versions, no race coefficient; results are reported in mL/min/1.73 m2 of body surface area. Because "
     "creatinine depends on muscle mass and diet, the estimate overstates kidney function in people with little "
     "muscle, such as frail older adults or amputees, and understates it in very muscular people. Adding cystatin C "
     "(the combined creatinine-cystatin C equation) improves accuracy when a decision depends on it. The equations "
     "assume a steady state and are not valid in acute kidney injury, when creatinine lags behind the fall in "
     "filtration."),
    ("KB065", "Chronic kidney disease: KDIGO GFR categories", "nephrology", ["mcq-017", "mcq-018"],
     "KDIGO GFR categories for chronic kidney disease, in mL/min/1.73 m2, are: G1, normal or high, 90 or above "
     "(counted as CKD only when other markers of kidney damage are present); G2, mildly decreased, 60 to 89; G3a, "
     "mildly to moderately decreased, 45 to 59; G3b, moderately to severely decreased, 30 to 44; G4, severely "
     "decreased, 15 to 29; and G5, kidney failure, below 15. A category applies only to a GFR that has stayed in "
     "that range for more than three months. Together with the albuminuria category (A1 to A3), the GFR category "
     "stages the disease, grades the risk of progression in the KDIGO heat map, and sets how often kidney function "
     "is monitored and when referral to a nephrologist is needed."),
    ("KB066", "CHA2DS2-VASc score: components and use", "cardiology", ["mcq-009"],
     "The CHA2DS2-VASc score estimates the risk of ischemic stroke in atrial fibrillation without moderate-to-severe "
     "mitral stenosis or a mechanical valve, and guides the decision to anticoagulate. Points: congestive heart "
     "failure 1, hypertension 1, age 75 or older 2, diabetes 1, prior stroke, transient ischemic attack or "
     "thromboembolism 2, vascular disease (prior myocardial infarction, peripheral artery disease or aortic plaque) "
     "1, age 65 to 74 1, and female sex 1, for a maximum of 9. Stroke risk rises with each point. Female sex adds "
     "risk mainly when other factors are present, and recent European guidance leaves it out (the CHA2DS2-VA "
     "score). With a mechanical valve or moderate-to-severe mitral stenosis, anticoagulation is indicated "
     "regardless of the score."),
    ("KB067", "Blood glucose: converting between mg/dL and mmol/L", "endocrinology", [],
     "Blood glucose is reported in milligrams per deciliter (mg/dL) in the United States and some other countries, "
     "and in millimoles per liter (mmol/L) in most of the world. Because the molar mass of glucose is about 180 "
     "g/mol, 1 mmol/L corresponds to about 18 mg/dL: divide a value in mg/dL by 18 to get mmol/L, and multiply a "
     "value in mmol/L by 18 to go the other way. Key thresholds convert as follows: 70 mg/dL is 3.9 mmol/L, a common "
     "alert level for hypoglycemia; 100 mg/dL is 5.6 mmol/L; 126 mg/dL is 7.0 mmol/L, the fasting threshold for "
     "diabetes; and 200 mg/dL is 11.1 mmol/L. HbA1c has its own units, percent or mmol/mol."),
    ("KB068", "Serum creatinine: converting between mg/dL and umol/L", "nephrology", [],
     "Serum creatinine is reported in milligrams per deciliter (mg/dL) in the United States and in micromoles per "
     "liter (umol/L) in most other countries. The conversion factor, 88.4, follows from the molar mass of "
     "creatinine, 113.12 g/mol: multiply a value in mg/dL by 88.4 to get umol/L, and divide a value in umol/L by "
     "88.4 to go back. For example, 1.0 mg/dL is 88.4 umol/L and 2.0 mg/dL is about 177 umol/L. Typical adult "
     "reference ranges are roughly 0.6 to 1.2 mg/dL (about 53 to 106 umol/L), lower in women and in people with "
     "less muscle. Equations such as CKD-EPI are written for mg/dL, so values in umol/L are converted first."),
    ("KB069", "Type 2 diabetes: diagnostic criteria", "endocrinology", [],
     "Diabetes is diagnosed by any of the following: an HbA1c of 6.5% (48 mmol/mol) or higher; a fasting plasma "
     "glucose of 126 mg/dL (7.0 mmol/L) or higher after at least 8 hours without calories; a plasma glucose of 200 "
     "mg/dL (11.1 mmol/L) or higher 2 hours after a 75 g oral glucose load; or, in a person with classic symptoms "
     "of hyperglycemia or a hyperglycemic crisis, a random plasma glucose of 200 mg/dL or higher. Without "
     "unequivocal hyperglycemia the diagnosis needs two abnormal results, from the same sample or from two separate "
     "samples. Intermediate values define prediabetes: HbA1c 5.7 to 6.4%, fasting glucose 100 to 125 mg/dL, or a "
     "2-hour value of 140 to 199 mg/dL."),
    ("KB070", "HbA1c: when the result can mislead", "endocrinology", [],
     "Because HbA1c depends on how long red cells circulate and on a normal hemoglobin molecule, conditions that "
     "change either can make it misleading. Shorter red-cell survival, as with hemolysis, acute blood loss, recent "
     "transfusion or treatment with erythropoietin or iron, gives falsely low values, whereas untreated iron "
     "deficiency and asplenia can give falsely high ones. Advanced chronic kidney disease, pregnancy and some "
     "hemoglobin variants, depending on the laboratory method, also affect results. When HbA1c and measured glucose "
     "disagree, decisions should rest on glucose readings, fructosamine or continuous glucose monitoring with time "
     "in range. Laboratories should use methods certified by the NGSP and standardized to the IFCC reference, so "
     "that results are comparable between laboratories."),
    ("KB071", "Metformin: use by kidney function", "pharmacology", [],
     "Metformin is excreted unchanged by the kidneys, so it accumulates when kidney function falls, and accumulation "
     "raises the rare risk of metformin-associated lactic acidosis. Prescribing therefore follows the eGFR: "
     "metformin can be used without adjustment at 45 mL/min/1.73 m2 or above; at 30 to 44 it should not be started, "
     "and in people already taking it the dose is reviewed and usually reduced; below 30 it is contraindicated. "
     "Kidney function is checked before starting and at least once a year, more often in older adults and when eGFR "
     "is below 60. Metformin is withheld temporarily during dehydrating illness and, as local guidance specifies, "
     "around iodinated contrast in people with reduced eGFR or acute kidney injury."),
    ("KB072", "Clinical trials: eligibility screening", "research methods", [],
     "Eligibility screening compares each inclusion and exclusion criterion of a trial protocol with the "
     "information in the patient's record. Each criterion is judged on its own: an inclusion criterion is met or not "
     "met, an exclusion criterion applies or does not apply, and when the record lacks the information a criterion "
     "needs, the criterion is marked as not assessable rather than guessed. A patient is eligible only when every "
     "inclusion criterion is met and no exclusion criterion applies. Criteria often depend on time windows, such as "
     "a myocardial infarction within the past six months, or on thresholds, such as a laboratory value in a given "
     "range, so dates and units must be checked. The study team confirms final eligibility, often after further "
     "tests."),
    # Distractors: close to the questions' topics (often the condition of a wrong option), answer none.
    ("KB073", "Atrial flutter: ECG features", "cardiology", [],
     "Atrial flutter is a macro-reentrant atrial arrhythmia, most often a circuit around the tricuspid annulus in "
     "the right atrium (typical, cavotricuspid isthmus-dependent flutter). The atria depolarize at about 300 per "
     "minute, producing regular sawtooth flutter waves that are best seen in leads II, III, aVF and V1. The "
     "atrioventricular node usually blocks every second impulse, so a regular narrow-complex tachycardia at close "
     "to 150 per minute should raise the suspicion; variable block can make the ventricular rhythm irregular. Vagal "
     "maneuvers or adenosine slow the ventricular rate briefly and unmask the flutter waves. Stroke risk is managed "
     "as for other atrial arrhythmias. Catheter ablation of the cavotricuspid isthmus cures most typical flutter."),
    ("KB074", "Calcium pyrophosphate deposition disease: acute arthritis", "rheumatology", [],
     "Calcium pyrophosphate deposition (CPPD) disease mainly affects older adults. Its acute form, long called "
     "pseudogout, is a sudden inflammatory monoarthritis, most often of the knee or wrist, that can be triggered by "
     "surgery, intercurrent illness or parathyroid disease. Synovial fluid microscopy shows rhomboid or rod-shaped "
     "crystals that are weakly positively birefringent under polarized light, and radiographs often show "
     "chondrocalcinosis, a linear calcification of cartilage such as the knee menisci or the triangular "
     "fibrocartilage of the wrist. Associations include hyperparathyroidism, hemochromatosis and low magnesium, "
     "which should be looked for in younger patients. Acute attacks are treated with joint aspiration and "
     "intra-articular corticosteroid, NSAIDs or colchicine."),
    ("KB075", "Hyperosmolar hyperglycemic state: features and treatment", "endocrinology", [],
     "The hyperosmolar hyperglycemic state (HHS) is a hyperglycemic emergency typical of older people with type 2 "
     "diabetes, often precipitated by infection, stroke, myocardial infarction or drugs such as corticosteroids and "
     "thiazides, and sometimes the first presentation of diabetes. It develops over days: an osmotic diuresis "
     "causes profound dehydration, with very high glucose, usually above 600 mg/dL (33 mmol/L), and a serum "
     "osmolality above 320 mOsm/kg. Residual insulin secretion suppresses ketone production, so there is little or "
     "no ketosis and no significant acidosis. Confusion, drowsiness and focal neurological signs are common. "
     "Treatment is careful intravenous fluid replacement, low-dose insulin once fluids alone no longer lower the "
     "glucose, and prevention of thrombosis."),
    ("KB076", "Immune thrombocytopenia: diagnosis and treatment", "hematology", [],
     "Immune thrombocytopenia (ITP) is an acquired autoimmune disorder in which antibodies against platelet "
     "glycoproteins shorten platelet survival and impair platelet production. It is a diagnosis of exclusion: an "
     "isolated platelet count below 100 x 10^9/L with an otherwise normal blood count and film, after other causes "
     "such as medicines, HIV and hepatitis C infection, lymphoproliferative disease and pregnancy-related conditions "
     "have been considered. In children it often follows a viral infection and resolves within months; in adults it "
     "tends to become chronic. Patients may have petechiae, purpura and mucosal bleeding, or no symptoms. Treatment "
     "is reserved for bleeding or very low counts and starts with corticosteroids, with intravenous immunoglobulin "
     "when a rapid rise is needed."),
    ("KB077", "Idiopathic pulmonary fibrosis: features and management", "pulmonology", [],
     "Idiopathic pulmonary fibrosis is a chronic, progressive fibrosing interstitial lung disease of unknown cause, "
     "occurring mainly in people over 60 and more often in men and former smokers. It presents with slowly worsening "
     "breathlessness on exertion and a dry cough; fine inspiratory crackles at the lung bases and finger clubbing "
     "are common. Lung function tests show a restrictive pattern, with reduced total lung capacity and forced vital "
     "capacity, a normal or high FEV1/FVC ratio and reduced gas transfer. High-resolution CT shows a usual "
     "interstitial pneumonia pattern of basal, subpleural reticulation with honeycombing. The antifibrotic drugs "
     "nintedanib and pirfenidone slow the decline in lung function; oxygen, pulmonary rehabilitation and lung "
     "transplantation are other options."),
    ("KB078", "Guillain-Barre syndrome: presentation and treatment", "neurology", [],
     "Guillain-Barre syndrome is an acute immune-mediated polyradiculoneuropathy that often follows a respiratory or "
     "gastrointestinal infection, classically with Campylobacter jejuni. Over days to up to four weeks, patients "
     "develop progressive, fairly symmetric weakness, usually starting in the legs and ascending, with reduced or "
     "absent tendon reflexes, mild sensory symptoms and sometimes back pain; facial and bulbar weakness can follow. "
     "Autonomic instability and weakness of the breathing muscles are the main dangers, so vital capacity is "
     "monitored closely. Cerebrospinal fluid typically shows raised protein with a normal cell count, and nerve "
     "conduction studies confirm the neuropathy. Intravenous immunoglobulin or plasma exchange speeds recovery; most "
     "patients recover well, though some are left with weakness."),
    ("KB079", "Migraine with aura: clinical features", "neurology", [],
     "Migraine is a common primary headache disorder, more frequent in women, with recurrent attacks of moderate to "
     "severe, often one-sided, throbbing headache lasting 4 to 72 hours, made worse by activity and accompanied by "
     "nausea and sensitivity to light and sound. About a third of people with migraine have aura: fully reversible "
     "neurological symptoms that spread gradually over at least 5 minutes and last up to an hour, most often visual, "
     "such as flickering zigzag lines or a scintillating scotoma, and sometimes tingling or speech disturbance. The "
     "aura usually comes before the headache. Sudden deficits, motor weakness or a first aura after age 50 call for "
     "investigation of other causes. Attacks are treated with analgesics or triptans, and frequent attacks with "
     "preventive drugs."),
    ("KB080", "Irritable bowel syndrome: Rome IV criteria", "gastroenterology", [],
     "Irritable bowel syndrome is a common disorder of gut-brain interaction. Under the Rome IV criteria it is "
     "diagnosed when recurrent abdominal pain, on average at least one day a week in the last three months, is "
     "associated with two or more of the following: relation to defecation, a change in stool frequency, or a change "
     "in stool form, with symptom onset at least six months earlier. Subtypes follow the predominant stool pattern: "
     "constipation, diarrhea or mixed. Alarm features, such as rectal bleeding, weight loss, anemia, nocturnal "
     "symptoms, onset after 50, or a family history of colorectal cancer or inflammatory bowel disease, call for "
     "investigation. A few tests, such as a blood count, C-reactive protein and fecal calprotectin, help exclude "
     "organic disease."),
    ("KB081", "Seborrheic keratosis: a benign skin growth", "dermatology", [],
     "Seborrheic keratoses are very common benign epidermal growths that appear from middle age and increase in "
     "number with age, mainly on the trunk, face and scalp. They are well-demarcated, waxy or warty papules and "
     "plaques with a characteristic stuck-on appearance, ranging from skin-colored to dark brown or black. "
     "Dermoscopy shows milia-like cysts, comedo-like openings and a cerebriform pattern. They are harmless and need "
     "treatment only for irritation or appearance, by cryotherapy, curettage or shave removal. Because some are dark "
     "and irregular, they can be confused with pigmented skin cancers, so a lesion that looks atypical, or changes, "
     "is examined by dermoscopy or biopsied. A sudden eruption of many lesions (the Leser-Trelat sign) can "
     "accompany internal malignancy."),
    ("KB082", "Pheochromocytoma: diagnosis and preoperative care", "endocrinology", [],
     "Pheochromocytoma is a catecholamine-secreting tumor of the adrenal medulla; related tumors arising in "
     "sympathetic ganglia are called paragangliomas. Excess epinephrine and norepinephrine cause sustained or "
     "paroxysmal hypertension and episodes of headache, sweating and palpitations, often with pallor, tremor and "
     "anxiety. A large share are hereditary, associated with multiple endocrine neoplasia type 2, von Hippel-Lindau "
     "disease, neurofibromatosis type 1 and succinate dehydrogenase mutations, so genetic testing is offered. "
     "Biochemical diagnosis uses plasma free or urinary fractionated metanephrines, followed by imaging to locate "
     "the tumor. Before surgical removal, patients receive alpha-adrenergic blockade first, with a beta blocker added "
     "only afterwards, to prevent a hypertensive crisis."),
    ("KB083", "Hepatitis A: transmission and course", "hepatology", [],
     "Hepatitis A virus is an RNA virus spread by the fecal-oral route, through contaminated food or water and close "
     "contact, and is common where sanitation is poor. After an incubation period of about four weeks, adults "
     "develop fever, malaise, nausea, right upper quadrant discomfort, dark urine and jaundice, while young children "
     "often have no symptoms. Aminotransferases rise sharply, often into the thousands, with ALT usually higher than "
     "AST. The diagnosis is made with IgM antibody to hepatitis A virus. The illness is self-limiting, never becomes "
     "chronic, and rarely causes acute liver failure, mostly in older adults or people with existing liver disease. "
     "Care is supportive. An inactivated vaccine gives long-lasting protection and is recommended for travelers and "
     "other groups at risk."),
    ("KB084", "Serotonin syndrome: recognition and management", "pharmacology", [],
     "Serotonin syndrome is a drug-induced toxic syndrome caused by excess serotonergic activity, usually from "
     "combining serotonergic drugs, such as SSRIs, SNRIs, monoamine oxidase inhibitors, tramadol or linezolid, or "
     "from an overdose. It develops within hours of a dose change. Its triad is altered mental status (agitation, "
     "confusion), autonomic hyperactivity (tachycardia, hyperthermia, sweating, diarrhea, dilated pupils) and "
     "neuromuscular abnormalities, above all clonus and hyperreflexia, most marked in the legs. The Hunter criteria "
     "support the diagnosis. Neuroleptic malignant syndrome, a reaction to antipsychotic drugs, differs: it "
     "develops over days, with slowed reflexes and lead-pipe rigidity. Management is stopping the offending drugs, supportive care, "
     "benzodiazepines and, in moderate cases, cyproheptadine; severe hyperthermia needs intensive care."),
    ("KB085", "Rotavirus gastroenteritis in young children", "pediatrics", [],
     "Rotavirus is a leading cause of severe acute gastroenteritis in infants and young children worldwide. It "
     "spreads by the fecal-oral route and is highly contagious. After an incubation of about two days, children "
     "develop vomiting, fever and profuse watery diarrhea lasting several days, and the main danger is dehydration, "
     "assessed from general appearance, capillary refill, skin turgor and urine output. The diagnosis is clinical, "
     "with stool antigen testing in outbreaks. Treatment is oral rehydration solution given in small, frequent "
     "amounts, with nasogastric or intravenous fluids for severe dehydration or persistent vomiting, and an early "
     "return to normal feeding. Live oral rotavirus vaccines given in infancy have greatly reduced hospital "
     "admissions."),
    ("KB086", "Primary open-angle glaucoma: a chronic optic neuropathy", "ophthalmology", [],
     "Primary open-angle glaucoma is a chronic optic neuropathy in which retinal ganglion cells are lost "
     "progressively, with characteristic cupping of the optic disc and loss of peripheral visual field. The "
     "drainage angle is open, and raised intraocular pressure is the main modifiable risk factor, although damage "
     "can also occur at normal pressure. Other risk factors are older age, African ancestry, a family history and "
     "myopia. The disease is painless and central vision is kept until late, so it is usually found by eye "
     "examination, optic disc assessment, tonometry and perimetry rather than by symptoms. Treatment lowers "
     "intraocular pressure, first with prostaglandin analogue eye drops or selective laser trabeculoplasty, and "
     "with surgery when these are not enough."),
]
