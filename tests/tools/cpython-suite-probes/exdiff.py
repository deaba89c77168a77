import sys, re, doctest, importlib
sys.path.insert(0,'/usr/lib/python3.11')
def parse(fn):
    d={}; cur=None
    for l in open(fn):
        m=re.match(r'--- (ex\d+) line (\d+)', l)
        if m: cur=m.group(1); d[cur]=[]; continue
        if cur: d[cur].append(l.rstrip('\n'))
    return d
base=sys.argv[1]
a=parse(base+'.py.out'); b=parse(base+'.mp.out')
mod=importlib.import_module('test.'+sys.argv[2]); name=sys.argv[3]
s=getattr(mod,'__test__',{}).get(name) or getattr(mod,name)
exs=doctest.DocTestParser().get_examples(s)
for k in a:
    if a[k]!=b.get(k):
        i=int(k[2:])
        print('=====',k, 'src:', exs[i].source.strip().replace('\n','\n      '))
        print('  py:', a[k]); print('  mp:', b.get(k))
