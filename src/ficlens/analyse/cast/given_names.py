"""The usual gender of common English given names: a prior for a character's gender that the text overrides.

A small table written for this project (no download): common English given names, old and modern, including the
diminutives of nicknames.py, each read as "m" or "f". Names commonly given to both (Alex, Sam, Jordan, Jamie,
Charlie, Frankie ...) are left out. The prior is weak on purpose (build.py adds ``PRIOR_VOTES`` votes, a little more
than one titled mention): a title used twice, or five pronouns more of the other gender after the name, decide.
"""

from __future__ import annotations

PRIOR_VOTES = 4

_FEMALE = """
Abigail Abby Ada Adela Adelaide Adele Agatha Agnes Aileen Alberta Alexandra Alexis Alice Alicia Alison Allison
Alma Amanda Amber Amelia Amy Anastasia Andrea Angela Angelina Anita Ann Anna Annabel Annabella Anne Annette Annie
Antonia Arabella Ariel Audrey Augusta Aurora Ava Barbara Beatrice Beatrix Becky Belinda Bella Bernadette Bertha
Bess Bessie Beth Bethany Betsy Betsey Betty Beverly Blanche Bonnie Brenda Bridget Brittany Camilla Candace Cara
Carla Carmen Carol Caroline Carolyn Carrie Cassandra Catherine Cathy Cecilia Cecily Celia Charlotte Chelsea
Cheryl Chloe Christina Christine Claire Clara Clarissa Claudia Colleen Constance Cora Cordelia Corinne Cynthia
Daisy Daphne Dawn Deborah Debra Delia Denise Diana Diane Dinah Dolly Dora Doris Dorothea Dorothy Dottie Edith
Edna Eileen Elaine Eleanor Elena Elinor Eliza Elizabeth Ella Ellen Ellie Eloise Elsa Elsie Emily Emma Erica Erin
Esther Ethel Eugenia Eunice Eva Evangeline Eve Evelyn Fanny Felicity Fiona Flora Florence Frances Gabriella
Gabrielle Genevieve Georgiana Georgina Georgia Geraldine Gertrude Gillian Gina Ginny Gladys Gloria Grace Gwen
Gwendolyn Hannah Harriet Hattie Hazel Heather Helen Helena Henrietta Hermione Hilda Holly Honora Hope Ida Imogen
Irene Iris Isabel Isabella Isabelle Ivy Jacqueline Jane Janet Janice Jean Jeanne Jemima Jennie Jennifer Jenny
Jessica Jessie Jill Joan Joanna Jocelyn Josephine Josie Joy Joyce Judith Judy Julia Julie Juliet Juliette June
Justine Karen Kate Katherine Kathleen Kathryn Kathy Katie Kayla Kimberly Kitty Laura Lauren Lavinia Leah
Lena Leonora Letitia Lilian Lillian Lily Linda Lisa Livia Liz Liza Lizzie Lizzy Lois Lorna Lorraine Louisa
Louise Lucia Lucille Lucinda Lucy Lydia Mabel Madeleine Madeline Madge Mae Maggie Maisie Mamie Marcia
Margaret Margery Margie Maria Marian Marianne Marie Marilyn Marjorie Martha Mary Matilda Maud Maude Maureen
Maxine Megan Meg Melanie Melissa Mercy Meredith Mildred Millicent Millie Minnie Miranda Miriam Molly Monica
Muriel Myra Nancy Naomi Natalie Natasha Nell Nellie Nelly Nettie Nicola Nicole Nina Nora Norah Norma Octavia
Olive Olivia Ophelia Pamela Patience Patricia Paula Pauline Pearl Peggy Penelope Phoebe Phyllis Polly Priscilla
Prudence Queenie Rachel Rebecca Regina Rhoda Rita Roberta Rosa Rosalind Rosamond Rose Rosemary Rosie Rowena Ruby
Ruth Sabrina Sadie Sally Samantha Sandra Sara Sarah Selina Sharon Sheila Shirley Sibyl Sophia Sophie Stella
Stephanie Susan Susanna Susannah Susie Suzanne Sybil Sylvia Tabitha Teresa Tessa Theresa Tina Trisha Ursula
Valerie Vanessa Vera Veronica Victoria Viola Violet Virginia Vivian Wendy Wilhelmina Winifred Yvonne Zoe
Hester Harriot Jo Kitty Lottie Letty Lettice Araminta Fleur Ottilie Minerva Rosalie Georgette Emmeline
Lilith Linnet Marigold Belle Arabel Griselda Frederica Augustina Hortense Tess Nan Bathsheba Thea Daisy
Lydia Catharine Mariana Jemima Hetty Wilma Opal Elspeth Bridie Moira Mairead Sinead Siobhan Maeve Deirdre
"""

_MALE = """
Aaron Abel Abraham Adam Adrian Alan Albert Alec Alexander Alfred Algernon Allan Ambrose Amos Andrew Andy Angus
Anthony Antony Archibald Archie Arnold Arthur Augustus Austin Barnaby Barney Bartholomew Basil Ben Benedict
Benjamin Bernard Bert Bertram Bill Billy Bob Bobby Boris Brad Bradley Brandon Brian Bruce Bryan Byron Caleb
Calvin Carl Cecil Cedric Charles Chester Christopher Clarence Claude Clement Clifford Clive Colin Conrad Craig
Cuthbert Cyril Cyrus Dale Damian Daniel Danny Darren David Dennis Derek Desmond Dick Dominic Donald Dorian Douglas
Duncan Dudley Dylan Eamon Earl Ebenezer Edgar Edmund Edward Edwin Elijah Elliot Ellis Emmett Enoch Eric Ernest
Eugene Evan Everett Ezekiel Ezra Felix Ferdinand Fergus Francis Frank Franklin Fred Freddie Frederick Gabriel
Gareth Gary Gavin Geoffrey George Gerald Gerard Gideon Gilbert Giles Godfrey Gordon Graham Gregory Griffin Guy
Hal Hank Harold Harry Harvey Hector Henry Herbert Horace Horatio Howard Hubert Hugh Hugo Humphrey Ian Isaac Isaiah
Ivan Jack Jacob Jake James Jasper Jeffrey Jeremiah Jeremy Jerome Jesse Jim Jimmy Joe Joel John Johnny Jonah
Jonathan Joseph Joshua Josiah Julian Julius Justin Keith Kenneth Kevin Laurence Lawrence Leonard Leopold Leslie
Lewis Lionel Louis Lucas Luke Malcolm Mark Martin Matthew Maurice Max Maxwell Michael Miles Mitchell Monty Morgan
Mortimer Moses Nathan Nathaniel Ned Neil Neville Nicholas Nick Nigel Noah Noel Norman Oliver Oscar Oswald Owen
Patrick Paul Percival Percy Peter Philip Phillip Ralph Randolph Raymond Reginald Richard Robert Roderick
Rodney Roger Roland Ronald Rory Rufus Rupert Russell Samuel Saul Scott Sebastian Septimus Seth Silas Simon
Solomon Spencer Stanley Stephen Steven Stuart Thaddeus Theodore Thomas Timothy Titus Tobias Toby Todd Tom
Tommy Tony Trevor Tristan Valentine Vernon Victor Vincent Walter Warren Wilfred Will William Willie Winston
Zachary Zebedee Jem Ted Teddy Eddie Ned Phil Pip Larry Laurie Len Lenny Walt Wally Alf Alfie Geoff Jeff Ken
Kenny Ray Ron Ronnie Don Donnie Doug Greg Tim Timmy Nat Nate Zach Zack Jon Rick Ricky Richie Mike Mikey Mick Matt
Steve Stevie Pete Dan Joey Chuck Liam Ethan Mason Logan Ryan Tyler Kyle Jason Sean Shane Brett Troy Jared Cody
Dean Gabe Jude Damon Sid Sidney Ambrose Wilbur Homer Jethro Lemuel Reuben Rowland Barnabas Jasper
"""


def _table() -> dict[str, str]:
    out: dict[str, str] = {}
    for text, gender in ((_FEMALE, "f"), (_MALE, "m")):
        for name in text.split():
            if out.get(name, gender) != gender:
                out[name] = ""  # written in both lists: no prior
            else:
                out[name] = gender
    return {k: v for k, v in out.items() if v}


GIVEN_NAME_GENDER = _table()


def given_name_gender(name: str) -> str | None:
    """The usual gender ("m"/"f") of the first word of ``name`` as a given name, or None when unknown."""
    words = name.split()
    return GIVEN_NAME_GENDER.get(words[0]) if words else None
