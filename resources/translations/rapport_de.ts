<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- German: a skeleton. Fill it with `pyside6-lupdate` (docs/translating.md), translate it in
     Qt Linguist, and compile it with `pyside6-lrelease` to rapport_de.qm beside it. -->
<TS version="2.1" language="de_DE">
</TS>
