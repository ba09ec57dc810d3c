# The shell around the CLI: files, variables, pipes and substitution.
mkdir -p notes/day1
echo "hello world" > notes/day1/a.txt
echo "second line" >> notes/day1/a.txt
cat notes/day1/a.txt
wc -l notes/day1/a.txt
ACCOUNT=$(aws sts get-caller-identity --query Account)
echo "account: $ACCOUNT"
echo aGVsbG8K | base64 --decode
ls -R notes
cat ../secret
rm -r notes
ls
