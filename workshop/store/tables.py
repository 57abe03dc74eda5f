"""The tables of the library as typed record sets."""

from __future__ import annotations

from workshop.domain.action import Action
from workshop.domain.agenda import AgendaItem
from workshop.domain.cluster import Cluster
from workshop.domain.framing import FramingItem
from workshop.domain.idea import Idea
from workshop.domain.participant import Participant
from workshop.domain.question import Question
from workshop.domain.voting import Vote, VotingRound
from workshop.domain.workshop import Workshop
from workshop.store.records import Records

WORKSHOPS: Records[Workshop] = Records("workshops", Workshop, order_by="created_at")
PARTICIPANTS: Records[Participant] = Records("participants", Participant)
AGENDA: Records[AgendaItem] = Records("agenda_items", AgendaItem)
QUESTIONS: Records[Question] = Records("questions", Question)
IDEAS: Records[Idea] = Records("ideas", Idea)
FRAMING: Records[FramingItem] = Records("framing_items", FramingItem)
ACTIONS: Records[Action] = Records("actions", Action)
CLUSTERS: Records[Cluster] = Records("clusters", Cluster)
VOTING_ROUNDS: Records[VotingRound] = Records("voting_rounds", VotingRound)
VOTES: Records[Vote] = Records("votes", Vote, order_by="created_at, rowid")
